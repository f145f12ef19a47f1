import type { QuestionnaireScheduleDto } from '../../../../shared/api/questionnaires.responses';
import { ErrorMessage } from '../../../ui/error-message';
import { formatDate } from '../../../ui/format/format-date';
import { useSetQuestionnaireSchedule, useStopQuestionnaireSchedule } from '../api/use-questionnaire-changes';

const everyWords = (days: number) => (days % 7 === 0 ? `every ${days / 7} weeks` : `every ${days} days`);

/**
 * The questionnaires the care team asks for, and how often; those who may set them can stop one
 * (an invitation the person has begun stays) and start it again.
 */
export function QuestionnaireSchedules({
  personId,
  schedules,
  canSchedule,
}: {
  personId: string;
  schedules: QuestionnaireScheduleDto[];
  canSchedule: boolean;
}) {
  const stop = useStopQuestionnaireSchedule(personId);
  const restart = useSetQuestionnaireSchedule(personId);
  if (schedules.length === 0) return null;
  const isBusy = stop.isPending || restart.isPending;
  return (
    <>
      <h3>Asked for by the care team</h3>
      <ul className="card-list">
        {schedules.map((schedule) => (
          <li key={schedule.instrumentId} className="card">
            <p>
              <strong>{schedule.title}</strong>,{' '}
              {schedule.stoppedAt ? `stopped on ${formatDate(schedule.stoppedAt)}` : everyWords(schedule.everyDays)}.
            </p>
            {canSchedule &&
              (schedule.stoppedAt ? (
                <button
                  type="button"
                  className="button button--secondary"
                  disabled={isBusy}
                  onClick={() => {
                    // Only the outcome of the latest action is told.
                    stop.reset();
                    restart.mutate({ instrumentId: schedule.instrumentId, everyDays: schedule.everyDays });
                  }}
                >
                  Ask again, {everyWords(schedule.everyDays)}
                </button>
              ) : (
                <button
                  type="button"
                  className="button button--secondary"
                  disabled={isBusy}
                  onClick={() => {
                    restart.reset();
                    stop.mutate(schedule.instrumentId);
                  }}
                >
                  Stop asking for {schedule.title}
                </button>
              ))}
          </li>
        ))}
      </ul>
      {stop.isError && <ErrorMessage error={stop.error} />}
      {restart.isError && <ErrorMessage error={restart.error} />}
      {(stop.isSuccess || restart.isSuccess) && (
        <p className="notice notice--success" role="status">
          {stop.isSuccess
            ? 'Stopped. A questionnaire they had begun stays on their page; untouched ones are gone.'
            : 'Asked again. It is waiting on their page.'}
        </p>
      )}
    </>
  );
}
