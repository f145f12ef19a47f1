import { useState, type FormEvent } from 'react';
import type { CarerAssessmentRequestDto } from '../../../../shared/api/carer-assessments.responses';
import {
  CARER_ASSESSMENT_ANSWERS,
  CARER_ASSESSMENT_LIMITS,
  type CarerAssessmentAnswer,
} from '../../../../shared/api/carer-assessments.schema';
import { useFormResult } from '../../../hooks/use-form-result';
import { ErrorMessage } from '../../../ui/error-message';
import { SelectField } from '../../../ui/fields/select-field';
import { TextAreaField } from '../../../ui/fields/text-area-field';
import { TextField } from '../../../ui/fields/text-field';
import { FormFeedback } from '../../../ui/form-feedback';
import { formatDate } from '../../../ui/format/format-date';
import { todayIsoDate } from '../../../ui/format/today-iso-date';
import { LoadingMessage } from '../../../ui/loading-message';
import { useAnswerCarerAssessment, useWaitingCarerAssessments } from '../api/use-carer-assessments';

const ANSWER_LABELS: Record<CarerAssessmentAnswer, string> = {
  accepted: 'Accepted: we will arrange a day',
  arranged: 'Arranged on a day',
  declined: 'Declined, with a reason the carer reads',
};

/** Carers asking for a carer's assessment, beside the team inbox: any member of the care team answers. */
export function WaitingCarerAssessments() {
  const waiting = useWaitingCarerAssessments();
  // An answered request leaves the list, so the thanks is said here, where it stays in view.
  const [answered, setAnswered] = useState<string | null>(null);
  return (
    <section aria-labelledby="waiting-assessments-heading" className="section">
      <h2 id="waiting-assessments-heading">Carers asking for a carer’s assessment</h2>
      {answered && (
        <p className="notice notice--success" role="status">
          {answered}
        </p>
      )}
      {waiting.isPending && <LoadingMessage what="carers’ requests" />}
      {waiting.isError && <ErrorMessage error={waiting.error} />}
      {waiting.data && waiting.data.requests.length === 0 && (
        <p className="muted">No carer is waiting for an answer.</p>
      )}
      {waiting.data && waiting.data.requests.length > 0 && (
        <ul className="card-list">
          {waiting.data.requests.map((request) => (
            <AnswerCard key={`${request.id}-${request.version}`} request={request} onAnswered={setAnswered} />
          ))}
        </ul>
      )}
    </section>
  );
}

function AnswerCard(props: { request: CarerAssessmentRequestDto; onAnswered: (words: string) => void }) {
  const { request, onAnswered } = props;
  const [answer, setAnswer] = useState<CarerAssessmentAnswer>(request.status === 'accepted' ? 'arranged' : 'accepted');
  const [arrangedOn, setArrangedOn] = useState(todayIsoDate());
  const [reason, setReason] = useState('');
  const save = useAnswerCarerAssessment(request.id);
  const result = useFormResult();
  const choices = CARER_ASSESSMENT_ANSWERS.filter((value) => !(value === 'accepted' && request.status === 'accepted'));
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    result.reset();
    save.mutate(
      {
        version: request.version,
        answer,
        arrangedOn: answer === 'arranged' ? arrangedOn : null,
        declineReason: answer === 'declined' ? reason : null,
      },
      {
        onSuccess: () => {
          const words = `Answer saved for ${request.carerName}. They see it when they next sign in.`;
          result.succeeded(words);
          onAnswered(words);
        },
      },
    );
  };
  return (
    <li className="card">
      <h3 className="card__title">
        {request.carerName}, carer of {request.personName}
      </h3>
      <p className="small muted">
        Asked {formatDate(request.requestedAt.slice(0, 10))}
        {request.status === 'accepted' ? `; accepted by ${request.answeredByName ?? 'the care team'}` : ''}
      </p>
      {request.carerNote && <p>“{request.carerNote}”</p>}
      <form className="form" onSubmit={submit} aria-label={`Answer ${request.carerName}`}>
        <div className="form-grid">
          <SelectField
            label="Answer"
            value={answer}
            onChange={(event) => setAnswer(event.target.value as CarerAssessmentAnswer)}
            options={choices.map((value) => ({ value, label: ANSWER_LABELS[value] }))}
          />
          {answer === 'arranged' && (
            <TextField
              label="Day of the assessment"
              type="date"
              value={arrangedOn}
              min={todayIsoDate()}
              onChange={(event) => setArrangedOn(event.target.value)}
            />
          )}
        </div>
        {answer === 'declined' && (
          <TextAreaField
            label="Why, in words the carer will read"
            maxLength={CARER_ASSESSMENT_LIMITS.maxReasonCharacters}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
          />
        )}
        <FormFeedback error={save.error} success={result.success} ref={result.feedbackRef} />
        <button type="submit" className="button button--secondary" disabled={save.isPending}>
          Send the answer
        </button>
      </form>
    </li>
  );
}
