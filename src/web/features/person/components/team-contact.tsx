import type { PersonResponse } from '../../../../shared/api/people.responses';

/** How the person (or their carer) reaches the team, and who to ring in a crisis. */
export function TeamContact({ record, isSelf }: { record: PersonResponse; isSelf: boolean }) {
  const { teamContact, crisisContacts, person } = record;
  if (!teamContact.phone && crisisContacts.length === 0) return null;
  return (
    <section aria-labelledby="team-contact-heading" className="section card">
      <h2 id="team-contact-heading">{isSelf ? 'How to reach your team' : 'How to reach the team'}</h2>
      {teamContact.phone && (
        <p>
          Ring {person.teamName || 'the team'} on{' '}
          <a href={`tel:${teamContact.phone.replace(/[^\d+]/g, '')}`}>{teamContact.phone}</a>
          {teamContact.serviceHours ? ` (${teamContact.serviceHours}).` : '.'}
        </p>
      )}
      {crisisContacts.length > 0 && (
        <>
          <h3>In a crisis</h3>
          <ul className="plain-list">
            {crisisContacts.map((contact) => (
              <li key={`${contact.name}-${contact.phone}`}>
                <strong>{contact.name}</strong>:{' '}
                <a href={`tel:${contact.phone.replace(/[^\d+]/g, '')}`}>{contact.phone}</a>
                {contact.hours && <span className="muted"> ({contact.hours})</span>}
                {contact.note && <span>. {contact.note}</span>}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
