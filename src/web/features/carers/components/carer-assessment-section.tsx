import { useState, type FormEvent } from 'react';
import { CARER_ASSESSMENT_LIMITS } from '../../../../shared/api/carer-assessments.schema';
import { useFormResult } from '../../../hooks/use-form-result';
import { ErrorMessage } from '../../../ui/error-message';
import { TextAreaField } from '../../../ui/fields/text-area-field';
import { FormFeedback } from '../../../ui/form-feedback';
import { LoadingMessage } from '../../../ui/loading-message';
import { useCarerAssessments, useRequestCarerAssessment } from '../api/use-carer-assessments';
import { carerAssessmentStateWords } from '../carer-assessment-words';

/** A carer's own: ask the care team for a carer's assessment, and see where the request stands. */
export function CarerAssessmentSection({ personId, personName }: { personId: string; personName: string }) {
  const requests = useCarerAssessments(personId);
  const ask = useRequestCarerAssessment(personId);
  const [note, setNote] = useState('');
  const result = useFormResult();
  const open = requests.data?.requests.find((r) => r.status === 'requested' || r.status === 'accepted');
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    result.reset();
    ask.mutate(
      { carerNote: note.trim() === '' ? null : note },
      { onSuccess: () => (setNote(''), result.succeeded('Your request is with the care team.')) },
    );
  };
  return (
    <section aria-labelledby="carer-assessment-heading" className="section card">
      <h2 id="carer-assessment-heading">A carer’s assessment for you</h2>
      <p>
        Caring for {personName} can be hard on you too. A carer’s assessment looks at what would help you. It is yours:{' '}
        {personName} does not see that you asked.
      </p>
      {requests.isPending && <LoadingMessage what="your requests" />}
      {requests.isError && <ErrorMessage error={requests.error} />}
      {requests.data && requests.data.requests.length > 0 && (
        <ul className="card-list">
          {requests.data.requests.map((request) => (
            <li key={request.id}>{carerAssessmentStateWords(request)}</li>
          ))}
        </ul>
      )}
      {requests.data && !open && (
        <form className="form" onSubmit={submit} aria-label="Ask for a carer’s assessment">
          <TextAreaField
            label="Anything you would like the care team to know first"
            isOptional
            maxLength={CARER_ASSESSMENT_LIMITS.maxNoteCharacters}
            value={note}
            onChange={(event) => setNote(event.target.value)}
          />
          <button type="submit" className="button button--secondary" disabled={ask.isPending}>
            Ask for a carer’s assessment
          </button>
        </form>
      )}
      <FormFeedback error={ask.error} success={result.success} ref={result.feedbackRef} />
    </section>
  );
}
