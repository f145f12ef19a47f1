import type { ReactNode } from 'react';

/** One row of a `<dl className="summary-list">`: what it is, then its value. */
export function SummaryRow({ term, children }: { term: ReactNode; children: ReactNode }) {
  return (
    <div className="summary-list__row">
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}
