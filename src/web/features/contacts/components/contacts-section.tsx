import { useState } from 'react';
import { useContacts } from '../api/use-contacts';
import { ContactList } from './contact-list';
import { ErrorMessage } from '../../../ui/error-message';
import { useAnnounce } from '../../../ui/live-announcer';
import { LoadingMessage } from '../../../ui/loading-message';

/** How many contacts show at first and at each "Show more": enough for the recent picture, short enough to scan. */
const STEP = 10;

interface ContactsSectionProps {
  personId: string;
  heading: string;
  emptyText: string;
  newContactId?: string | null;
  showAdminTime?: boolean;
}

/** A person's contacts under a heading, newest first, with older ones on request. */
export function ContactsSection({
  personId,
  heading,
  emptyText,
  newContactId = null,
  showAdminTime = false,
}: ContactsSectionProps) {
  const contacts = useContacts(personId, true);
  const [visible, setVisible] = useState(STEP);
  const announce = useAnnounce();
  const headingId = `contacts-heading-${personId}`;
  const all = contacts.data?.pages.flatMap((page) => page.contacts) ?? [];
  // A contact saved here goes to the top without pushing one off the list.
  const shown = all.slice(0, visible + (newContactId ? 1 : 0));
  const hasMore = all.length > shown.length || contacts.hasNextPage;

  const showMore = async () => {
    let available = all.length;
    if (available < visible + STEP && contacts.hasNextPage) {
      const result = await contacts.fetchNextPage();
      available = result.data?.pages.flatMap((page) => page.contacts).length ?? available;
    }
    const added = Math.min(available, visible + STEP) - Math.min(available, visible);
    setVisible((v) => v + STEP);
    announce(added > 0 ? `${added} older contacts added to the end of the list.` : 'There are no older contacts.');
  };

  return (
    <section aria-labelledby={headingId} className="section">
      <h2 id={headingId}>{heading}</h2>
      {contacts.isPending && <LoadingMessage what="contacts" />}
      {contacts.isError && <ErrorMessage error={contacts.error} />}
      {contacts.data && (
        <ContactList
          contacts={shown}
          newContactId={newContactId}
          emptyText={emptyText}
          label={heading}
          showAdminTime={showAdminTime}
        />
      )}
      {contacts.data && hasMore && (
        <p className="list-more">
          <button
            type="button"
            className="button button--secondary"
            onClick={() => void showMore()}
            disabled={contacts.isFetchingNextPage}
          >
            {contacts.isFetchingNextPage ? 'Loading older contacts…' : 'Show older contacts'}
          </button>
        </p>
      )}
    </section>
  );
}
