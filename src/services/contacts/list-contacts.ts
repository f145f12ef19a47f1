import type { Actor } from '../../domain/accounts/actor';
import { requirePersonAccess } from '../access/require-person-access';
import { recordAudit } from '../audit/record-audit';
import type { ServiceDeps } from '../ports';
import type { ContactCursor, ContactView } from './ports';

export const CONTACT_PAGE_SIZE = 50;

/** A person's contacts, newest first. Carers see when and how, never the notes. */
export async function listContacts(
  deps: ServiceDeps,
  input: { personId: string; before?: ContactCursor; limit?: number },
  actor: Actor,
): Promise<ContactView[]> {
  return deps.uow.run(async (repositories) => {
    const now = deps.now();
    const { person, basis } = await requirePersonAccess(repositories, actor, input.personId, 'read_contacts', now);
    const contacts = await repositories.contacts.listForPerson(person.id, {
      limit: Math.min(input.limit ?? CONTACT_PAGE_SIZE, CONTACT_PAGE_SIZE),
      before: input.before,
    });
    await recordAudit(repositories, actor, now, {
      action: 'contacts.read',
      personId: person.id,
      basis,
      detail: { count: contacts.length },
    });
    if (basis !== 'carer_consent') return contacts;
    return contacts.map((contact) => ({ ...contact, note: null, beyondRoutineNote: null }));
  });
}
