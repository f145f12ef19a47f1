import type { QuestionnairesResponse } from '../../../../shared/api/questionnaires.responses';
import { formatDate } from '../../../ui/format/format-date';

type Answered = QuestionnairesResponse['answeredWithoutScore'][number];

/**
 * Sent answers to a questionnaire that has no score: said plainly, with each answer as it was
 * given, newest first, and no chart (there is nothing to draw).
 */
export function AnsweredWithoutScore({ answered, isSelf }: { answered: Answered; isSelf: boolean }) {
  return (
    <div>
      <h3>{isSelf ? `Your answers to ${answered.title}` : `${answered.title}: answers`}</h3>
      <p>This questionnaire has no score, so {isSelf ? 'your' : 'their'} answers are shown as they were given.</p>
      {answered.responses.map((response) => (
        <details key={response.responseId} className="details">
          <summary>Sent on {formatDate(response.completedOn)}</summary>
          <dl className="answered-list">
            {response.answers.map((answer) => (
              <div key={answer.itemId}>
                <dt>{answer.question}</dt>
                <dd>{answer.answer}</dd>
              </div>
            ))}
          </dl>
        </details>
      ))}
    </div>
  );
}
