import { TRAINER_EXPERIENCE_LABELS, type CollegeSetupResponse } from '../../../../shared/api/college.responses';
import { CollegeForm } from './college-form';

/** Changes who is planned to deliver one session: peer and practitioner trainers, ticked. */
export function SessionTrainersForm({
  sessionId,
  sessionLabel,
  planned,
  trainers,
}: {
  sessionId: string;
  sessionLabel: string;
  planned: readonly string[];
  trainers: CollegeSetupResponse['trainers'];
}) {
  return (
    <details className="details">
      <summary>
        Change trainers<span className="visually-hidden"> for {sessionLabel}</span>
      </summary>
      <CollegeForm<{ trainerIds: string[] }>
        method="PUT"
        path={`/college/sessions/${sessionId}/trainers`}
        title={`Trainers for ${sessionLabel}`}
        submitLabel="Save the trainers"
        successMessage="Trainers saved."
        clearsOnSuccess={false}
        toBody={(form) => ({
          trainerIds: form.getAll('trainerIds').filter((id): id is string => typeof id === 'string'),
        })}
      >
        {(['peer', 'practitioner'] as const).map((experience) => (
          <fieldset className="fieldset" key={experience}>
            <legend className="fieldset__legend">
              {experience === 'peer' ? 'Peer trainers' : 'Practitioner trainers'} (
              {TRAINER_EXPERIENCE_LABELS[experience].toLowerCase()})
            </legend>
            {trainers
              .filter((trainer) => trainer.experience === experience)
              .map((trainer) => (
                <label className="checkbox" key={trainer.id}>
                  <input
                    type="checkbox"
                    name="trainerIds"
                    value={trainer.id}
                    defaultChecked={planned.includes(trainer.id)}
                  />{' '}
                  {trainer.firstName} {trainer.lastName}
                </label>
              ))}
          </fieldset>
        ))}
      </CollegeForm>
    </details>
  );
}
