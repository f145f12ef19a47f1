import type { DiffSegmentDto } from '../../../../shared/api/care-plan.responses';

/**
 * A word-level change shown in text, not only colour: added words are underlined in <ins>, removed
 * ones struck through in <del>, each with a hidden "added:"/"removed:" for screen readers.
 */
export function DiffText({ segments }: { segments: DiffSegmentDto[] }) {
  return (
    <p className="diff pre-wrap">
      {segments.map((segment, index) => {
        if (segment.kind === 'added') {
          return (
            <ins key={index} className="diff__added">
              <span className="visually-hidden">added: </span>
              {segment.text}
            </ins>
          );
        }
        if (segment.kind === 'removed') {
          return (
            <del key={index} className="diff__removed">
              <span className="visually-hidden">removed: </span>
              {segment.text}
            </del>
          );
        }
        return <span key={index}>{segment.text}</span>;
      })}
    </p>
  );
}
