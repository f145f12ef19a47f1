import { usePersonContinuity } from '../api/use-person-continuity';
import { formatDate } from '../../../ui/format/format-date';
import { ErrorMessage } from '../../../ui/error-message';
import { LoadingMessage } from '../../../ui/loading-message';
import '../../dashboard/dashboard.css';

interface ContinuityInWordsProps {
  personId: string;
  heading: string;
}

/** A person's continuity of care as the sentences the API writes, such as "2 care coordinators in the last 12 months." */
export function ContinuityInWords({ personId, heading }: ContinuityInWordsProps) {
  const continuity = usePersonContinuity(personId);
  return (
    <section aria-labelledby="continuity-words-heading" className="section">
      <h2 id="continuity-words-heading">{heading}</h2>
      {continuity.isPending && <LoadingMessage what="who you have been seeing" />}
      {continuity.isError && <ErrorMessage error={continuity.error} />}
      {continuity.data && (
        <div className="card">
          <ul className="continuity-words">
            {continuity.data.sentences.map((sentence) => (
              <li key={sentence}>{sentence}</li>
            ))}
          </ul>
          <p className="muted small">
            Counted from {formatDate(continuity.data.window.from)} to {formatDate(continuity.data.window.to)}.
          </p>
        </div>
      )}
    </section>
  );
}
