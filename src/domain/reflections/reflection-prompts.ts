// The reflective log's prompts. Professionals describe being personal as helpful but risky, and
// balance it with boundaries that are flexible, set by experience and sometimes crossed to the
// person's benefit; they need a place to reflect on those decisions, not a rule book (see the
// research notes on professionals' views of being personal and on going beyond routines).

/** What an entry is about. */
export const REFLECTION_THEMES = ['being_personal', 'boundaries', 'beyond_routine'] as const;
export type ReflectionTheme = (typeof REFLECTION_THEMES)[number];

/** "Would I do it again?" */
export const WOULD_DO_AGAIN = ['yes', 'no', 'not_sure'] as const;
export type WouldDoAgain = (typeof WOULD_DO_AGAIN)[number];

/** Short entries: each prompt's answer is at most this long. */
export const REFLECTION_LIMITS = {
  maxAnswerCharacters: 1_000,
  maxReplyCharacters: 2_000,
  maxNoteCharacters: 1_000,
} as const;
