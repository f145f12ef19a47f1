import type { Actor } from '../../domain/accounts/actor';
import { AppError } from '../../domain/errors/app-error';
import { requireRole } from '../access/require-role';
import { recordAudit } from '../audit/record-audit';
import { newId } from '../new-id';
import type { ServiceDeps } from '../ports';
import type { CrisisContactRecord } from './ports';

export interface CrisisContactInput {
  name: string;
  phone: string;
  hours?: string | null;
  note?: string | null;
}

/** The crisis contacts in order, and the version to send back with the next change. */
export interface CrisisContactList {
  contacts: CrisisContactRecord[];
  version: number;
}

/**
 * Sets the service's crisis contacts (the crisis team, a helpline, 999), in the order people
 * should try them. Shown to every person and carer beside their own team's number. The list is
 * changed as a whole from the version the administrator saw; a change from an older version is
 * refused with the current list.
 */
export async function setCrisisContacts(
  deps: ServiceDeps,
  input: { version: number; contacts: CrisisContactInput[] },
  actor: Actor,
): Promise<CrisisContactList> {
  requireRole(actor, ['admin'], 'Only administrators change the crisis contacts.');
  const contacts = input.contacts.map((c, position): CrisisContactRecord => ({
    id: newId(),
    name: c.name.trim(),
    phone: c.phone.trim(),
    hours: c.hours?.trim() || null,
    note: c.note?.trim() || null,
    position,
  }));
  return deps.uow.run(async (r) => {
    if (!(await r.organisation.replaceCrisisContacts(input.version, contacts))) {
      const current = await r.organisation.listCrisisContacts();
      throw new AppError(
        'conflict',
        'Someone else changed the crisis contacts while you were editing. Their list is shown below; yours is still in the form.',
        {
          current: {
            version: await r.organisation.crisisContactsVersion(),
            contacts: current.map(({ name, phone, hours, note }) => ({ name, phone, hours, note })),
          },
        },
      );
    }
    await recordAudit(r, actor, deps.now(), { action: 'crisis_contacts.set', detail: { count: contacts.length } });
    return { contacts, version: input.version + 1 };
  });
}
