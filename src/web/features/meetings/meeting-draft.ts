import type { ActionOutcome, ActionOwner, MeetingStep, RecordMeetingBody } from '../../../shared/api/meetings.schema';
import type { ContactMode } from '../../../shared/api/labels';
import type { InstrumentRefDto } from '../../../shared/api/instruments.responses';
import type { RatedAreaDto } from '../../../shared/api/meetings.responses';

export interface DraftAction {
  /** Only for React keys: actions have no id until saved. */
  key: number;
  owner: ActionOwner | null;
  ownerName: string;
  description: string;
  dueOn: string;
}

export type AreaNotes = Record<MeetingStep, string>;

/** Everything said in a meeting before it is saved. */
export interface MeetingDraft {
  reviews: Record<string, ActionOutcome>;
  ratings: Record<string, number>;
  moreHelp: Record<string, 'yes' | 'no'>;
  chosenAreaIds: string[];
  notes: Record<string, AreaNotes>;
  actions: DraftAction[];
  durationMinutes: string;
  mode: ContactMode | null;
  beyondRoutineNote: string;
}

export const emptyDraft = (): MeetingDraft => ({
  reviews: {},
  ratings: {},
  moreHelp: {},
  chosenAreaIds: [],
  notes: {},
  actions: [],
  durationMinutes: '',
  mode: null,
  beyondRoutineNote: '',
});

export const emptyNotes = (): AreaNotes => ({
  understanding: '',
  lookingForward: '',
  exploringOptions: '',
  agreeingActions: '',
});

const orNull = (text: string): string | null => (text.trim() === '' ? null : text.trim());

/** The request body; blanks become nulls, and empty action rows are left out rather than refused. */
export function toRecordMeetingBody(
  draft: MeetingDraft,
  instrument: InstrumentRefDto,
  areas: RatedAreaDto[],
): RecordMeetingBody {
  const answers: { itemId: string; value: number | boolean }[] = [];
  for (const area of areas) {
    const rating = draft.ratings[area.id];
    if (rating !== undefined) answers.push({ itemId: area.id, value: rating });
    const help = draft.moreHelp[area.id];
    if (area.moreHelpItemId && help) answers.push({ itemId: area.moreHelpItemId, value: help === 'yes' });
  }
  return {
    durationMinutes: Number(draft.durationMinutes),
    mode: draft.mode ?? 'other',
    beyondRoutineNote: orNull(draft.beyondRoutineNote),
    ratings: answers.length > 0 ? { instrumentId: instrument.id, version: instrument.version, answers } : null,
    areas: draft.chosenAreaIds.map((areaId) => {
      const notes = draft.notes[areaId] ?? emptyNotes();
      return {
        areaId,
        understanding: orNull(notes.understanding),
        lookingForward: orNull(notes.lookingForward),
        exploringOptions: orNull(notes.exploringOptions),
        agreeingActions: orNull(notes.agreeingActions),
      };
    }),
    actions: draft.actions
      .filter((a) => a.description.trim() !== '' || a.owner !== null)
      .map((a) => ({
        // Actions belong to the meeting as a whole; the notes already tie them to an area in words.
        areaId: null,
        owner: a.owner ?? 'person',
        ownerName: a.owner === 'other' ? orNull(a.ownerName) : null,
        description: a.description.trim(),
        dueOn: orNull(a.dueOn),
      })),
    actionReviews: Object.entries(draft.reviews).map(([actionId, outcome]) => ({ actionId, outcome })),
  };
}
