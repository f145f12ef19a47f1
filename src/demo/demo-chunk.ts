import type { MembershipRecord } from '../services/care-team/ports';
import type { CarerConsentRecord } from '../services/carer-consent/ports';
import type { HandoverRecord } from '../services/handovers/ports';
import type { ContactRecord } from '../services/contacts/ports';
import type { FeedbackPreferenceRecord, RelationshipFeedbackRecord } from '../services/feedback/ports';
import type { InstrumentResponseRecord } from '../services/instruments/ports';
import type { NewMeeting } from '../services/meetings/ports';
import type {
  CarerLinkRecord,
  CarerRecord,
  NewPersonRecord,
  SiteRecord,
  TeamRecord,
  WorkerRecord,
} from '../services/organisation/ports';
import type { ReviewRecord } from '../services/reviews/ports';
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
  people: NewPersonRecord[];
  carers: CarerRecord[];
  carerLinks: CarerLinkRecord[];
  /** What each carer was given, as the person's consent records. */
  carerConsents: CarerConsentRecord[];
  memberships: MembershipRecord[];
  /** Planned changes of care coordinator. */
  handovers: HandoverRecord[];
  contacts: ContactRecord[];
  reviews: ReviewRecord[];
  /** Ratings at meetings and both sides' feedback forms. */
  responses: InstrumentResponseRecord[];
  /** Each with the areas chosen and the actions agreed; a meeting shares its contact's id. */
  meetings: NewMeeting[];
  feedback: RelationshipFeedbackRecord[];
  /** Only people who chose to share each answer have one; the rest keep the default. */
  feedbackPreferences: FeedbackPreferenceRecord[];
  accounts: DemoAccountDraft[];
}

export function emptyChunk(): DemoChunk {
  return {
    sites: [],
    teams: [],
    workers: [],
    people: [],
    carers: [],
    carerLinks: [],
    carerConsents: [],
    memberships: [],
    handovers: [],
    contacts: [],
    reviews: [],
    responses: [],
    meetings: [],
    feedback: [],
    feedbackPreferences: [],
    accounts: [],
  };
}
