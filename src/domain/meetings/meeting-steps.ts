/*
 * The structure of a shared meeting after DIALOG+: the person rates how things are, chooses what
 * to talk about, and for each chosen area the conversation moves through four steps, ending in
 * agreed actions that open the next meeting.
 * Source (cited by journal, not title): Priebe S, Kelley L, Omer S, et al. Psychother Psychosom
 * 2015;84(5):304–313 (the DIALOG+ trial: ratings, then a four-step solution-focused approach per
 * chosen area). The limits below are Tandem's own, sized for short notes, not for minutes.
 */

/** The four steps of the conversation about one chosen area, in order. */
export const MEETING_STEPS = ['understanding', 'lookingForward', 'exploringOptions', 'agreeingActions'] as const;
export type MeetingStep = (typeof MEETING_STEPS)[number];

export const MEETING_STEP_LABELS: Record<MeetingStep, string> = {
  understanding: 'Understanding',
  lookingForward: 'Looking forward',
  exploringOptions: 'Exploring options',
  agreeingActions: 'Agreeing actions',
};

/** Bounds that keep a meeting short and readable, and catch a note pasted into the wrong box. */
export const MEETING_LIMITS = {
  /** The person chooses up to three areas: more than that does not fit one meeting. */
  maxChosenAreas: 3,
  maxStepNoteLength: 2_000,
  maxActions: 12,
  maxActionDescriptionLength: 500,
  maxOwnerNameLength: 200,
  /** Rating histories for small charts go back this many meetings unless asked for fewer. */
  ratingHistoryMeetings: 12,
} as const;
