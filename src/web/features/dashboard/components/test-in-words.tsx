import type { RankTestDto } from '../../../../shared/api/analytics.responses';
import { rankTestFigures, rankTestVerdict } from '../dashboard-format';

/** A rank test across sites: the verdict in plain words, then its name and figures for those who open them. */
export function TestInWords({ test, className }: { test: RankTestDto; className?: string }) {
  const figures = rankTestFigures(test);
  return (
    <div className={className}>
      <p>{rankTestVerdict(test)}.</p>
      {figures && (
        <details className="details">
          <summary>The test’s figures</summary>
          <p>{figures}</p>
        </details>
      )}
    </div>
  );
}
