import type { Me } from '../../../../shared/api/sessions.responses';
import { usePageTitle } from '../../../hooks/use-page-title';
import { ErrorMessage } from '../../../ui/error-message';
import { formatDate } from '../../../ui/format/format-date';
import { LoadingMessage } from '../../../ui/loading-message';
import { useOwnReflections } from '../api/use-reflections';
import { ReflectionCard } from '../components/reflection-card';
import { ReflectionForm } from '../components/reflection-form';

/** The worker's own reflective log: about being personal, boundaries and going beyond routine. */
export function ReflectionsPage({ me }: { me: Me }) {
  usePageTitle('My reflections');
  const log = useOwnReflections();
  return (
    <>
      <h1>My reflections</h1>
      <p className="lead">
        Being personal helps, and it takes judgement. Use this log to think about what you shared of yourself, where you
        drew the line, and when you went beyond the routine. It is yours: private unless you share an entry with your
        supervisor.
      </p>
      <ReflectionForm accountId={me.accountId} />
      <section aria-labelledby="entries-heading">
        <h2 id="entries-heading">Your entries</h2>
        {log.isPending && <LoadingMessage what="your reflections" />}
        {log.isError && <ErrorMessage error={log.error} />}
        {log.data && log.data.entries.length === 0 && <p className="muted">No entries yet.</p>}
        {log.data && log.data.entries.length > 0 && (
          <ul className="card-list">
            {log.data.entries.map((entry) => (
              <ReflectionCard key={entry.id} entry={entry} canShare />
            ))}
          </ul>
        )}
      </section>
      {log.data && log.data.sessions.length > 0 && (
        <section aria-labelledby="sessions-heading">
          <h2 id="sessions-heading">Supervision sessions</h2>
          <ul>
            {log.data.sessions.map((s) => (
              <li key={s.id}>
                {formatDate(s.heldOn)} with {s.supervisorName}: {s.reflectionIds.length} reflection
                {s.reflectionIds.length === 1 ? '' : 's'} discussed{s.note ? `. ${s.note}` : ''}
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
