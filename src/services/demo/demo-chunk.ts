import type { MembershipRecord } from '../care-team/ports';
import type { ContactRecord } from '../contacts/ports';
import type { CarerLinkRecord, CarerRecord, PersonRecord, SiteRecord, TeamRecord, WorkerRecord } from '../organisation/ports';
import type { ReviewRecord } from '../people/ports';
import type { DemoAccountDraft } from './demo-accounts';

/**
 * A slice of the demo, small enough for one transaction. Every record a chunk refers to is in the
 * same chunk or an earlier one, so chunks can be written one after another, each in the order
 * of the fields below.
 */
export interface DemoChunk {
  sites: SiteRecord[];
  teams: TeamRecord[];
  workers: WorkerRecord[];
  people: PersonRecord[];
  carers: CarerRecord[];
  carerLinks: CarerLinkRecord[];
  memberships: MembershipRecord[];
  contacts: ContactRecord[];
  reviews: ReviewRecord[];
  accounts: DemoAccountDraft[];
}

export function emptyChunk(): DemoChunk {
  return { sites: [], teams: [], workers: [], people: [], carers: [], carerLinks: [], memberships: [], contacts: [], reviews: [], accounts: [] };
}
