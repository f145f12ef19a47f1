import type { Actor } from '../../domain/accounts/actor';
import { requireRole } from '../access/require-role';
import type { AccountSummary } from '../accounts/create-account';
import { recordAudit } from '../audit/record-audit';
import type { IpsAttachmentRecord } from '../ips/ports';
import type { ServiceDeps } from '../ports';
import type { CarerRecord, CrisisContactRecord, PersonRecord, SiteRecord, TeamRecord, WorkerRecord } from './ports';

export interface OrganisationListing {
  sites: SiteRecord[];
  teams: TeamRecord[];
  workers: WorkerRecord[];
  people: PersonRecord[];
  /** With their relationship to each person they support. */
  carers: (CarerRecord & { relationships: { personId: string; relationship: string }[] })[];
  crisisContacts: CrisisContactRecord[];
  /** Send it back with a change to the crisis contacts. */
  crisisContactsVersion: number;
  accounts: AccountSummary[];
  /** Which community teams each employment specialist works inside (ADR 0049). */
  ipsAttachments: IpsAttachmentRecord[];
}

/** Everything an administrator manages, for the administration screens. No clinical content. */
export async function listOrganisation(deps: ServiceDeps, actor: Actor): Promise<OrganisationListing> {
  requireRole(actor, ['admin'], 'Only administrators see the whole organisation.');
  return deps.uow.run(async (r) => {
    // One after another: a transaction's queries share one connection.
    const sites = await r.organisation.listSites();
    const teams = await r.organisation.listTeams();
    const workers = await r.organisation.listWorkers();
    const people = await r.organisation.listPeople();
    const carers = await r.organisation.listCarers();
    const links = await r.organisation.listCarerLinks();
    const crisisContacts = await r.organisation.listCrisisContacts();
    const crisisContactsVersion = await r.organisation.crisisContactsVersion();
    const accounts = await r.accounts.list();
    const ipsAttachments = await r.ips.listEveryAttachment();
    await recordAudit(r, actor, deps.now(), { action: 'organisation.read', detail: { people: people.length } });
    return {
      sites,
      teams,
      workers,
      people,
      carers: carers.map((carer) => ({
        ...carer,
        relationships: links
          .filter((link) => link.carerId === carer.id)
          .map(({ personId, relationship }) => ({ personId, relationship })),
      })),
      crisisContacts,
      crisisContactsVersion,
      accounts: accounts.map(({ id, username, role, workerId, personId, carerId }) => ({
        id,
        username,
        role,
        workerId,
        personId,
        carerId,
      })),
      ipsAttachments,
    };
  });
}
