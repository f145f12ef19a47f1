import { ErrorMessage } from '../../../ui/error-message';
import { useResearchChoice } from '../api/use-person-changes';

/** The person's own choice to leave, or rejoin, the pseudonymised research exports. */
export function ResearchChoice({ personId, isOptedOut }: { personId: string; isOptedOut: boolean }) {
  const choice = useResearchChoice(personId);
  return (
    <section aria-labelledby="research-heading" className="section">
      <h2 id="research-heading">Your records in research</h2>
      <p>
        Researchers study how care works using records with names, notes and dates taken out.{' '}
        {isOptedOut
          ? 'You have chosen to be left out: nothing of yours is in these exports.'
          : 'Your records are included, without your name. You can choose to be left out at any time.'}
      </p>
      {choice.isError && <ErrorMessage error={choice.error} />}
      <button
        type="button"
        className="button button--secondary"
        disabled={choice.isPending}
        onClick={() => choice.mutate(!isOptedOut)}
      >
        {isOptedOut ? 'Include my records in research again' : 'Leave me out of research'}
      </button>
    </section>
  );
}
