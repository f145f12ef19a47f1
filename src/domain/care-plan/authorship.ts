import type { SectionVoice } from './care-plan-sections';

/** Who wrote a part of the plan: the person themself, or one of their workers. */
export const AUTHOR_KINDS = ['person', 'worker'] as const;
export type AuthorKind = (typeof AUTHOR_KINDS)[number];

/** What decides whether an edit may overwrite a section directly. */
export interface SectionAuthorship {
  authorKind: AuthorKind;
  /** True when the person accepted this text from a worker's proposal. */
  isAcceptedByPerson: boolean;
}

/**
 * An edit either replaces the section's text, waits as a proposal for the person to decide, or is
 * refused: the person does not write in the team's words (they answer in their own section).
 */
export type SectionEditDecision = 'apply' | 'propose' | 'refuse';

/**
 * Text the person wrote, or accepted from a worker, is theirs: a worker cannot change it silently,
 * only propose a change that the person accepts or declines. The plan is written with the person,
 * not about them (DOMAIN.md, point 2; negotiation rather than imposition, Denhov & Topor 2012).
 */
export function isHeldByPerson(current: SectionAuthorship): boolean {
  return current.authorKind === 'person' || current.isAcceptedByPerson;
}

/**
 * Decides what happens to an edit, given who wrote the current text (null when the section is
 * unwritten) and whose voice the section is in (shared when undefined).
 */
export function decideSectionEdit(
  current: SectionAuthorship | null,
  editor: AuthorKind,
  voice?: SectionVoice,
): SectionEditDecision {
  if (voice === 'person') return editor === 'person' ? 'apply' : 'propose';
  if (voice === 'team') return editor === 'worker' ? 'apply' : 'refuse';
  if (editor === 'person' || current === null) return 'apply';
  return isHeldByPerson(current) ? 'propose' : 'apply';
}
