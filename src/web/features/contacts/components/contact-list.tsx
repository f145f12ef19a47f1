import type { ContactDto } from '../../../../shared/api/contacts.responses';
import { ContactItem } from './contact-item';

interface ContactListProps {
  contacts: ContactDto[];
  /** Which contact just got saved, so it can be marked as new. */
  newContactId?: string | null;
  emptyText: string;
  label: string;
  /** Admin time is the service's own bookkeeping, shown to staff only. */
  showAdminTime: boolean;
}

/** Contacts, newest first. */
export function ContactList({ contacts, newContactId = null, emptyText, label, showAdminTime }: ContactListProps) {
  if (contacts.length === 0) return <p className="empty-state">{emptyText}</p>;
  return (
    <ol className="contact-list" aria-label={label}>
      {contacts.map((contact) => (
        <li
          key={contact.id}
          className={contact.id === newContactId ? 'contact-list__item contact-list__item--new' : 'contact-list__item'}
        >
          <ContactItem contact={contact} showAdminTime={showAdminTime} />
        </li>
      ))}
    </ol>
  );
}
