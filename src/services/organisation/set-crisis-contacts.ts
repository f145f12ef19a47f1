import type { Actor } from '../../domain/accounts/actor';
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

/**
 * Sets the service's crisis contacts (the crisis team, a helpline, 999), in the order people
 * should try them. Shown to every person and carer beside their own team's number.
 */
export async function setCrisisContacts(
  deps: ServiceDeps,
  input: { contacts: CrisisContactInput[] },
  actor: Actor,
): Promise<CrisisContactRecord[]> {
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
    await r.organisation.replaceCrisisContacts(contacts);
    await recordAudit(r, actor, deps.now(), { action: 'crisis_contacts.set', detail: { count: contacts.length } });
    return contacts;
  });
}
