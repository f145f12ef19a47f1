import {
  CONTINUITY_MEASURE_LABELS,
  CONTINUITY_MEASURES,
  type SiteComparisonResponse,
} from '../../../../shared/api/analytics.responses';
import { formatEpsilonSquared, formatPValue, rankTestVerdict } from '../dashboard-format';

/**
 * Whether the sites' continuity differs, measure by measure: in plain words first, then (in a part
 * people open if they want it) the rank test, how to read it, and its figures.
 */
export function DashboardSites({ comparison }: { comparison: SiteComparisonResponse }) {
  return (
    <>
      <p>
        {comparison.bySite.map((site) => `${site.siteName}: ${site.people.toLocaleString('en-GB')} people`).join('; ')}.
        For each way of measuring continuity, whether people at one site tend to have more continuity than at another:
      </p>
      <ul className="dashboard-sites__words">
        {CONTINUITY_MEASURES.map((measure) => (
          <li key={measure}>
            <strong>{CONTINUITY_MEASURE_LABELS[measure].label}:</strong>{' '}
            {lowerFirst(rankTestVerdict(comparison.tests[measure]))}.
          </li>
        ))}
      </ul>
      <details className="details">
        <summary>The test behind this, and its figures</summary>
        <p>
          The Kruskal–Wallis test asks whether people at one site tend to have higher or lower figures than at another,
          without assuming the figures follow a bell curve. A small p (below 0.05) means a difference that large would
          rarely happen by chance; with nine measures, expect about one such result in twenty even when the sites are
          alike. The effect size ε² says how large a difference is: the share of the spread of the figures that lies
          between sites rather than within them, from 0 (none) to 1 (all).
        </p>
        <div className="table-scroll" tabIndex={0} role="group" aria-label="Differences between sites (table)">
          <table className="table stacked-table">
            <caption>Differences between sites, measure by measure</caption>
            <thead>
              <tr>
                <th scope="col">Measure</th>
                <th scope="col">H</th>
                <th scope="col">df</th>
                <th scope="col">p</th>
                <th scope="col">ε²</th>
                <th scope="col">In plain words</th>
              </tr>
            </thead>
            <tbody>
              {CONTINUITY_MEASURES.map((measure) => {
                const test = comparison.tests[measure];
                return (
                  <tr key={measure}>
                    <th scope="row" className="stacked-table__title">
                      {CONTINUITY_MEASURE_LABELS[measure].label}
                    </th>
                    <td data-label="H">{test.h === null ? '–' : test.h.toFixed(2)}</td>
                    <td data-label="df">{test.df}</td>
                    <td data-label="p">{test.p === null ? '–' : formatPValue(test.p)}</td>
                    <td data-label="ε²">{formatEpsilonSquared(test.epsilonSquared)}</td>
                    <td data-label="In plain words">{rankTestVerdict(test)}.</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </details>
    </>
  );
}

const lowerFirst = (text: string): string => text.charAt(0).toLowerCase() + text.slice(1);
