import type { Actor } from '../../domain/accounts/actor';
import { MEETING_FEEDBACK_INSTRUMENTS, MEETING_RATINGS_INSTRUMENT } from '../../domain/meetings/meeting-instruments';
import { ratedAreas, type RatedArea } from '../../domain/meetings/rated-areas';
import { requirePersonAccess } from '../access/require-person-access';
import { recordAudit } from '../audit/record-audit';
import type { ServiceDeps } from '../ports';
import type { MeetingSummaryRecord, OpenActionRecord } from './ports';
import { inTurn } from '../in-turn';

type InstrumentRef = { id: string; version: string };

/** What the next meeting opens with. */
export interface MeetingOpening {
  ratingsInstrument: InstrumentRef;
  feedbackInstruments: { person: InstrumentRef; worker: InstrumentRef };
  /** The areas the person rates and may choose from, in the instrument's order. */
  areas: RatedArea[];
  lastMeeting: MeetingSummaryRecord | null;
  /** Every action not yet reviewed, oldest first: each is to be marked done or not done. */
  openActions: OpenActionRecord[];
}

const ref = (definition: InstrumentRef): InstrumentRef => ({ id: definition.id, version: definition.version });

/** Prepares the next meeting: the open actions to review first, the last meeting, and what to rate. */
export async function getMeetingOpening(
  deps: ServiceDeps,
  input: { personId: string },
  actor: Actor,
): Promise<MeetingOpening> {
  return deps.uow.run(async (repositories) => {
    const now = deps.now();
    const { person, basis } = await requirePersonAccess(repositories, actor, input.personId, 'read_meetings', now);
    const [openActions, [lastMeeting]] = await inTurn([
      () => repositories.meetings.listOpenActions(person.id),
      () => repositories.meetings.listForPerson(person.id, { limit: 1 }),
    ]);
    await recordAudit(repositories, actor, now, {
      action: 'meetings.opening.read',
      personId: person.id,
      basis,
      detail: { openActions: openActions.length },
    });
    return {
      ratingsInstrument: ref(MEETING_RATINGS_INSTRUMENT),
      feedbackInstruments: {
        person: ref(MEETING_FEEDBACK_INSTRUMENTS.person),
        worker: ref(MEETING_FEEDBACK_INSTRUMENTS.worker),
      },
      areas: ratedAreas(MEETING_RATINGS_INSTRUMENT),
      lastMeeting: lastMeeting ?? null,
      openActions,
    };
  });
}
