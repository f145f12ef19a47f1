import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { usePageTitle } from '../../../hooks/use-page-title';
import { ErrorMessage } from '../../../ui/error-message';
import { REFLECTION_LIMITS } from '../../../../shared/api/reflections.schema';
import { TextAreaField } from '../../../ui/fields/text-area-field';
import { TextField } from '../../../ui/fields/text-field';
import { formatDate, formatDateTime } from '../../../ui/format/format-date';
import { useAnnounce } from '../../../ui/live-announcer';
import { LoadingMessage } from '../../../ui/loading-message';
import { useRecordSupervisionSession, useSuperviseeReflections } from '../api/use-reflections';
import { ReflectionCard } from '../components/reflection-card';
import { THEME_LABELS } from '../reflection-labels';

const today = () => new Date().toISOString().slice(0, 10);

/** What one worker shared with their supervisor, replies, and the supervision sessions held. */
export function SuperviseePage() {
  const workerId = useParams().workerId ?? '';
  const log = useSuperviseeReflections(workerId);
  usePageTitle(log.data ? `Supervision with ${log.data.workerName}` : 'Supervision');
  const record = useRecordSupervisionSession(workerId);
  const announce = useAnnounce();
  const [heldOn, setHeldOn] = useState(today);
  const [note, setNote] = useState('');
  const [discussed, setDiscussed] = useState<string[]>([]);
  const onRecord = (event: FormEvent) => {
    event.preventDefault();
    record.mutate(
      { heldOn, note: note || null, reflectionIds: discussed },
      {
        onSuccess: () => {
          setNote('');
          setDiscussed([]);
          announce('Supervision session recorded.');
        },
      },
    );
  };
  return (
    <>
      <h1>Supervision with {log.data?.workerName ?? '…'}</h1>
      <p>
        <Link to="/supervision">All supervisees</Link>
      </p>
      {log.isPending && <LoadingMessage what="shared reflections" />}
      {log.isError && <ErrorMessage error={log.error} />}
      {log.data && (
        <>
          <section aria-labelledby="shared-heading">
            <h2 id="shared-heading">Reflections shared with you</h2>
            {log.data.entries.length === 0 && <p className="muted">Nothing shared yet.</p>}
            <ul className="card-list">
              {log.data.entries.map((entry) => (
                <ReflectionCard key={entry.id} entry={entry} canShare={false} />
              ))}
            </ul>
          </section>
          <form className="form card" onSubmit={onRecord} aria-labelledby="session-heading">
            <h2 id="session-heading">Record a supervision session</h2>
            {record.isError && <ErrorMessage error={record.error} title="Session not recorded" />}
            <TextField
              label="Date held"
              type="date"
              value={heldOn}
              onChange={(event) => setHeldOn(event.target.value)}
            />
            {log.data.entries.length > 0 && (
              <fieldset className="fieldset">
                <legend className="fieldset__legend">Reflections discussed</legend>
                {log.data.entries.map((entry) => (
                  <label key={entry.id} className="checkbox">
                    <input
                      type="checkbox"
                      checked={discussed.includes(entry.id)}
                      onChange={(event) =>
                        setDiscussed((ids) =>
                          event.target.checked ? [...ids, entry.id] : ids.filter((id) => id !== entry.id),
                        )
                      }
                    />{' '}
                    {THEME_LABELS[entry.theme]}, {formatDateTime(entry.writtenAt)}
                  </label>
                ))}
              </fieldset>
            )}
            <TextAreaField
              label="Note"
              isOptional
              maxLength={REFLECTION_LIMITS.maxNoteCharacters}
              value={note}
              onChange={(event) => setNote(event.target.value)}
            />
            <button type="submit" className="button" disabled={record.isPending}>
              Record session
            </button>
          </form>
          {log.data.sessions.length > 0 && (
            <section aria-labelledby="sessions-heading">
              <h2 id="sessions-heading">Sessions held</h2>
              <ul>
                {log.data.sessions.map((s) => (
                  <li key={s.id}>
                    {formatDate(s.heldOn)}: {s.reflectionIds.length} reflection{s.reflectionIds.length === 1 ? '' : 's'}{' '}
                    discussed{s.note ? `. ${s.note}` : ''}
                  </li>
                ))}
              </ul>
            </section>
          )}
        </>
      )}
    </>
  );
}
