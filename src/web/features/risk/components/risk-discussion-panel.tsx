import { useState, type FormEvent } from 'react';
import { DISCUSSION_MODES, DISCUSSION_MODE_LABELS, RISK_DISCUSSION_LIMITS } from '../../../../shared/api/risk.schema';
import type { DiscussionMode } from '../../../../shared/api/risk.responses';
import { ErrorMessage } from '../../../ui/error-message';
import { ChoiceGroup } from '../../../ui/fields/choice-group';
import { TextAreaField } from '../../../ui/fields/text-area-field';
import { TextField } from '../../../ui/fields/text-field';
import { formatDate } from '../../../ui/format/format-date';
import { todayIsoDate } from '../../../ui/format/today-iso-date';
import { useAnnounce } from '../../../ui/live-announcer';
import { useRecordRiskDiscussion, useRiskDiscussions } from '../api/use-risk-discussions';

interface RiskDiscussionPanelProps {
  personId: string;
  /** "Jo", or null when the person reads their own formulation. */
  otherPersonName: string | null;
  canRecord: boolean;
}

/** When and how the formulation was talked through with the person, and a form for the care team to record it. */
export function RiskDiscussionPanel({ personId, otherPersonName, canRecord }: RiskDiscussionPanelProps) {
  const discussions = useRiskDiscussions(personId);
  const list = discussions.data?.discussions ?? [];
  const who = otherPersonName ?? 'you';
  return (
    <section className="section card" aria-labelledby="discussed-heading">
      <h2 id="discussed-heading">Talked through with {who}</h2>
      {discussions.isError && <ErrorMessage error={discussions.error} />}
      {discussions.data && list.length === 0 && (
        <p>Not discussed yet. It can be agreed once it has been talked through with {who}.</p>
      )}
      {list.length > 0 && (
        <ul className="plain-list">
          {list.map((d) => (
            <li key={d.id} className="discussion-entry">
              <strong>
                {formatDate(d.discussedOn)}, {DISCUSSION_MODE_LABELS[d.mode].toLowerCase()}
              </strong>{' '}
              (version {d.formulationVersion}, recorded by {d.recordedBy}).{' '}
              {d.isDeclined ? (
                <span>{otherPersonName ?? 'You'} chose not to discuss it then.</span>
              ) : (
                <q className="pre-wrap">{d.response}</q>
              )}
            </li>
          ))}
        </ul>
      )}
      {canRecord && <RecordDiscussionForm personId={personId} personName={otherPersonName ?? 'the person'} />}
    </section>
  );
}

function RecordDiscussionForm({ personId, personName }: { personId: string; personName: string }) {
  const record = useRecordRiskDiscussion(personId);
  const announce = useAnnounce();
  const [discussedOn, setDiscussedOn] = useState(todayIsoDate());
  const [mode, setMode] = useState<DiscussionMode | null>(null);
  const [response, setResponse] = useState('');
  const [isDeclined, setIsDeclined] = useState(false);
  const [modeError, setModeError] = useState<string | undefined>();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!mode) {
      setModeError('Choose how it was discussed.');
      return;
    }
    setModeError(undefined);
    record.mutate(
      { discussedOn, mode, response: isDeclined ? null : response, isDeclined },
      {
        onSuccess: () => {
          setResponse('');
          setIsDeclined(false);
          announce('The discussion was recorded.');
        },
      },
    );
  };

  return (
    <form onSubmit={submit} noValidate className="form-stack">
      <h3>Record a discussion</h3>
      <TextField
        label="Day it was discussed"
        type="date"
        value={discussedOn}
        max={todayIsoDate()}
        onChange={(event) => setDiscussedOn(event.target.value)}
        required
      />
      <ChoiceGroup
        legend="How"
        name="discussion-mode"
        options={DISCUSSION_MODES}
        labels={DISCUSSION_MODE_LABELS}
        value={mode}
        onChange={setMode}
        error={modeError}
      />
      <label className="choice">
        <input type="checkbox" checked={isDeclined} onChange={(event) => setIsDeclined(event.target.checked)} />{' '}
        {personName} chose not to discuss it now
      </label>
      {!isDeclined && (
        <TextAreaField
          label={`${personName}’s response, in their words`}
          maxLength={RISK_DISCUSSION_LIMITS.maxResponseCharacters}
          value={response}
          onChange={(event) => setResponse(event.target.value)}
          rows={3}
        />
      )}
      {record.isError && <ErrorMessage error={record.error} title="Not recorded" />}
      <button type="submit" className="button" disabled={record.isPending}>
        Record the discussion
      </button>
    </form>
  );
}
