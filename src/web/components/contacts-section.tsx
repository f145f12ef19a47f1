import { useContacts } from '../api/use-contacts';
import { ContactList } from './contact-list';
import { ErrorMessage } from './error-message';
import { LoadingMessage } from './loading-message';

interface ContactsSectionProps {
  personId: string;
  heading: string;
  emptyText: string;
  newContactId?: string | null;
}

/** A person's contacts under a heading, newest first. */
export function ContactsSection({ personId, heading, emptyText, newContactId = null }: ContactsSectionProps) {
  const contacts = useContacts(personId, true);
  const headingId = `contacts-heading-${personId}`;
  return (
    <section aria-labelledby={headingId} className="section">
      <h2 id={headingId}>{heading}</h2>
      {contacts.isPending && <LoadingMessage what="contacts" />}
      {contacts.isError && <ErrorMessage error={contacts.error} />}
      {contacts.data && <ContactList contacts={contacts.data.contacts} newContactId={newContactId} emptyText={emptyText} label={heading} />}
    </section>
  );
}
