import { useState, type FormEvent } from 'react';
import type { QuestionnairesResponse } from '../../../../shared/api/questionnaires.responses';
import { ErrorMessage } from '../../../ui/error-message';
import { SelectField } from '../../../ui/fields/select-field';
import { TextField } from '../../../ui/fields/text-field';
import { useSetQuestionnaireSchedule } from '../api/use-questionnaire-changes';

/** The care team chooses a questionnaire and how often to ask for it; the first is due today. */
export function QuestionnaireScheduleForm({
  personId,
  available,
}: {
  personId: string;
  available: QuestionnairesResponse['available'];
}) {
  const [instrumentId, setInstrumentId] = useState(available[0]?.instrumentId ?? '');
  const [everyDays, setEveryDays] = useState('91');
  const save = useSetQuestionnaireSchedule(personId);
  if (available.length === 0) {
    return (
      <p className="muted">
        No questionnaire is turned on yet: an administrator loads the wording of the ones your service uses.
      </p>
    );
  }
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!save.isPending) save.mutate({ instrumentId, everyDays: Number(everyDays) });
  };
  return (
    <form onSubmit={submit} className="form" noValidate>
      <SelectField
        label="Questionnaire"
        options={available.map((a) => ({ value: a.instrumentId, label: a.title }))}
        value={instrumentId}
        onChange={(event) => setInstrumentId(event.target.value)}
      />
      <TextField
        label="How often, in days"
        hint="For example 91 for every three months. The first is due today."
        type="number"
        inputMode="numeric"
        min={7}
        max={365}
        value={everyDays}
        onChange={(event) => setEveryDays(event.target.value)}
      />
      {save.isError && <ErrorMessage error={save.error} />}
      {save.isSuccess && (
        <p className="notice notice--success" role="status">
          Saved. It is waiting on their page.
        </p>
      )}
      <button type="submit" className="button" disabled={save.isPending}>
        {save.isPending ? 'Saving…' : 'Ask for it'}
      </button>
    </form>
  );
}
