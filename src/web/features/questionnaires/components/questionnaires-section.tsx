import '../questionnaires.css';
import '../../meetings/meetings.css';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { AppLink } from '../../navigation/components/app-link';
import { ErrorMessage } from '../../../ui/error-message';
import { LoadingMessage } from '../../../ui/loading-message';
import { SelectField } from '../../../ui/fields/select-field';
import { formatDate } from '../../../ui/format/format-date';
import { useStartQuestionnaire } from '../api/use-questionnaire-changes';
import { useQuestionnaires } from '../api/use-questionnaires';
import { AnsweredWithoutScore } from './answered-without-score';
import { QuestionnaireScheduleForm } from './questionnaire-schedule-form';
import { QuestionnaireSchedules } from './questionnaire-schedules';
import { ScoreTrendChart } from './score-trend-chart';

/**
 * Questionnaires on a person's page: for the person, what is waiting for them and their trend in
 * their own words; for the care team, the same scores and which questionnaires they ask for.
 */
export function QuestionnairesSection({ personId, canSchedule = false }: { personId: string; canSchedule?: boolean }) {
  const questionnaires = useQuestionnaires(personId);
  const start = useStartQuestionnaire(personId);
  const navigate = useNavigate();
  const [chosen, setChosen] = useState('');
  const data = questionnaires.data;
  const isSelf = data?.isOwnRecord === true;
  const fillIn = (id: string) => `/people/${encodeURIComponent(personId)}/questionnaires/${encodeURIComponent(id)}`;
  const startable = data
    ? data.available.filter((a) => !data.open.some((o) => o.definition.id === a.instrumentId))
    : [];
  return (
    <section aria-labelledby="questionnaires-heading" className="section">
      <h2 id="questionnaires-heading">{isSelf ? 'Your questionnaires' : 'Questionnaires'}</h2>
      {questionnaires.isPending && <LoadingMessage what="questionnaires" />}
      {questionnaires.isError && <ErrorMessage error={questionnaires.error} />}
      {data && (
        <>
          {data.open.length === 0 ? (
            <p>{isSelf ? 'Nothing is waiting for you to fill in.' : 'Nothing is waiting to be filled in.'}</p>
          ) : (
            <ul className="card-list">
              {data.open.map((open) => (
                <li key={open.id} className="card">
                  <p>
                    <strong>{open.definition.title}</strong>
                  </p>
                  <p>
                    {open.isOverdue ? 'Was due on ' : 'Due on '}
                    {formatDate(open.dueOn)}
                    {open.origin === 'self' ? ' (started by you)' : ''}.
                  </p>
                  {isSelf && (
                    <AppLink className="button" to={fillIn(open.id)}>
                      {open.draft && open.draft.answers.length > 0
                        ? `Carry on with ${open.definition.title}`
                        : `Fill in ${open.definition.title}`}
                    </AppLink>
                  )}
                </li>
              ))}
            </ul>
          )}
          {isSelf && startable.length > 0 && (
            <form
              className="form"
              onSubmit={(event) => {
                event.preventDefault();
                const instrumentId = chosen || startable[0]?.instrumentId;
                if (instrumentId && !start.isPending)
                  start.mutate(instrumentId, { onSuccess: (started) => void navigate(fillIn(started.id)) });
              }}
            >
              <SelectField
                label="Fill one in now, if you like"
                options={startable.map((a) => ({ value: a.instrumentId, label: a.title }))}
                value={chosen || startable[0]?.instrumentId}
                onChange={(event) => setChosen(event.target.value)}
              />
              {start.isError && <ErrorMessage error={start.error} />}
              <button type="submit" className="button button--secondary" disabled={start.isPending}>
                Start
              </button>
            </form>
          )}
          {data.trends.map((trend) => (
            <div key={trend.instrumentId}>
              <h3>{isSelf ? `How my ${trend.title.split(' (')[0]} scores have gone` : `${trend.title}: scores`}</h3>
              <p>
                {isSelf ? trend.inWords : trend.inWords.replaceAll('Your ', 'Their ').replaceAll('your ', 'their ')}
              </p>
              <ScoreTrendChart trend={trend} />
            </div>
          ))}
          {data.answeredWithoutScore.map((answered) => (
            <AnsweredWithoutScore key={answered.instrumentId} answered={answered} isSelf={isSelf} />
          ))}
          {!isSelf && (
            <QuestionnaireSchedules personId={personId} schedules={data.schedules} canSchedule={canSchedule} />
          )}
          {canSchedule && (
            <details className="details">
              <summary>Ask for a questionnaire regularly</summary>
              <QuestionnaireScheduleForm personId={personId} available={data.available} />
            </details>
          )}
        </>
      )}
    </section>
  );
}
