import type { ReactNode } from 'react';

/**
 * The table alternative under every chart: folded away under "Show these figures as a table",
 * scrollable on a phone (and reachable by keyboard to scroll), stacked row by row on narrow screens.
 * `children` is the table's head and body.
 */
export function ChartTable({ caption, children }: { caption: string; children: ReactNode }) {
  return (
    <details className="details">
      <summary>Show these figures as a table</summary>
      <div className="table-scroll" tabIndex={0} role="group" aria-label={`${caption} (table)`}>
        <table className="table chart-table stacked-table">
          <caption>{caption}</caption>
          {children}
        </table>
      </div>
    </details>
  );
}
