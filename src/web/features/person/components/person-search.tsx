import { useDeferredValue, useState } from 'react';
import { AppLink } from '../../navigation/components/app-link';
import { formatDate } from '../../../ui/format/format-date';
import { ErrorMessage } from '../../../ui/error-message';
import { TextField } from '../../../ui/fields/text-field';
import { useSearchPeople } from '../api/use-person-changes';

/** Find a person by name or identifier; outside the care team, the way in is break glass, with a reason. */
export function PersonSearch() {
  const [query, setQuery] = useState('');
  const deferred = useDeferredValue(query);
  const search = useSearchPeople(deferred);
  const results = search.data?.results ?? [];
  return (
    <section aria-labelledby="search-heading" className="section">
      <h2 id="search-heading">Find a person</h2>
      <form role="search" onSubmit={(event) => event.preventDefault()}>
        <TextField
          label="Name or NHS number"
          type="search"
          value={query}
          maxLength={100}
          hint="Type at least 2 letters of a name, or the whole number."
          onChange={(e) => setQuery(e.target.value)}
        />
      </form>
      {search.isError && <ErrorMessage error={search.error} />}
      {search.data && (
        <div aria-live="polite">
          <p className="muted">
            {results.length === 0
              ? 'Nobody matches.'
              : `${results.length} ${results.length === 1 ? 'person matches' : 'people match'}.`}
            {search.data.hasMore ? ' More people match: type more of the name.' : ''}
          </p>
          <ul className="plain-list">
            {results.map((p) => (
              <li key={p.id}>
                <strong>{p.name}</strong>
                {p.preferredName && ` (${p.preferredName})`}
                <span className="muted">
                  {p.identifier && ` · ${search.data.identifierLabel} ${p.identifier}`}
                  {p.dateOfBirth && ` · born ${formatDate(p.dateOfBirth)}`} · {p.teamName}
                  {p.dischargedOn && ` · left the service ${formatDate(p.dischargedOn)}`}
                </span>{' '}
                {p.canOpen ? (
                  <AppLink to={`/people/${encodeURIComponent(p.id)}`}>Open record</AppLink>
                ) : p.canBreakGlass ? (
                  <AppLink to={`/people/${encodeURIComponent(p.id)}`}>
                    Not in your care team: give a reason to open
                  </AppLink>
                ) : null}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
