import { EMPLOYER_CONTACT_PURPOSE_LABELS } from '../../../../shared/api/ips-labels';
import type { EmployerContactDto } from '../../../../shared/api/ips.responses';

/** Contacts with employers, newest first. */
export function EmployerContactList({ contacts, emptyText }: { contacts: EmployerContactDto[]; emptyText: string }) {
  if (contacts.length === 0) return <p>{emptyText}</p>;
  return (
    <ul className="ips-list">
      {contacts.map((c) => (
        <li key={c.id}>
          {c.contactedOn}: {c.employerName}, {c.isFaceToFace ? 'in person' : 'not in person'}
          {c.metWhom ? `, met ${c.metWhom}` : ''} ({EMPLOYER_CONTACT_PURPOSE_LABELS[c.purpose]}, by {c.workerName})
          {c.outcome ? `. ${c.outcome}` : ''}
        </li>
      ))}
    </ul>
  );
}
