import type { CarePlanComparisonResponse } from '../../../../shared/api/care-plan.responses';
import { AuthorLine } from './author-line';
import { DiffText } from './diff-text';

/** Each section between two versions: changed ones as an inline diff, the rest named as unchanged. */
export function CarePlanComparison({ comparison }: { comparison: CarePlanComparisonResponse }) {
  const changed = comparison.sections.filter((section) => section.isChanged);
  const unchanged = comparison.sections.filter((section) => !section.isChanged);
  return (
    <section className="section" aria-labelledby="comparison-heading">
      <h2 id="comparison-heading">
        From version {comparison.from} to version {comparison.to}
      </h2>
      <p className="small">Underlined words were added; struck-through words were removed.</p>
      {changed.length === 0 && <p>Nothing changed between these versions.</p>}
      {changed.map((section) => (
        <article key={section.key} className="card" aria-labelledby={`compare-${section.key}`}>
          <h3 id={`compare-${section.key}`}>{section.title}: changed</h3>
          <DiffText segments={section.segments} />
          <AuthorLine author={section.to.writtenBy} at={null} verb={`Version ${section.to.version} written by`} />
        </article>
      ))}
      {unchanged.length > 0 && (
        <p className="muted comparison-unchanged">
          Not changed: {unchanged.map((section) => section.title).join(', ')}.
        </p>
      )}
    </section>
  );
}
