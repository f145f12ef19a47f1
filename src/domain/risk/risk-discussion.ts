/**
 * The formulation discussed with the person: when, how, and what they said, or that they chose not
 * to talk about it then. The research behind Tandem found risk assessments were central to
 * clinicians but rarely discussed with service users (Simpson et al. 2016, BMJ Open 6:e012716);
 * recording the discussion makes the gap visible and agreement depend on closing it.
 */
export const DISCUSSION_MODES = ['in_person', 'phone', 'video'] as const;
export type DiscussionMode = (typeof DISCUSSION_MODES)[number];

export const DISCUSSION_MODE_LABELS: Readonly<Record<DiscussionMode, string>> = {
  in_person: 'In person',
  phone: 'By phone',
  video: 'By video',
};

export const RISK_DISCUSSION_LIMITS = { maxResponseCharacters: 2_000 } as const;

/** How long a discussion counts as recent on the caseload and the dashboard. */
export const DISCUSSED_WITHIN_MONTHS = 12;

/** What the service records about one discussion. */
export interface DiscussionFacts {
  /** The formulation's version at the time it was discussed. */
  formulationVersion: number;
  /** True when the person chose not to discuss it now: offered, not discussed. */
  isDeclined: boolean;
}

/**
 * A formulation can be agreed only once its current version has been discussed with the person:
 * nobody marks agreed a formulation the person has not talked through. Choosing not to discuss it
 * is recorded and respected, but it is not agreement.
 *
 * @example isDiscussedAt([{ formulationVersion: 3, isDeclined: false }], 3) // true
 */
export function isDiscussedAt(discussions: readonly DiscussionFacts[], version: number): boolean {
  return discussions.some((d) => d.formulationVersion === version && !d.isDeclined);
}

/** The day twelve months before `today` (YYYY-MM-DD): discussions on or after it are recent. */
export function discussedSince(today: string, months = DISCUSSED_WITHIN_MONTHS): string {
  const [year, month, day] = today.split('-').map(Number) as [number, number, number];
  const at = new Date(Date.UTC(year, month - 1 - months, 1));
  const lastDay = new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth() + 1, 0)).getUTCDate();
  at.setUTCDate(Math.min(day, lastDay));
  return at.toISOString().slice(0, 10);
}

/**
 * Whether a person's formulation is due to be talked through again: they have one, and it has not
 * been discussed with them on or after `since` (the day from `discussedSince`). A person without a
 * formulation has nothing to discuss yet; an offer the person turned down does not count (ADR 0035).
 *
 * @example isDiscussionDue({ hasFormulation: true, lastDiscussedOn: '2025-05-15' }, '2025-06-15') // true
 */
export function isDiscussionDue(
  facts: { hasFormulation: boolean; lastDiscussedOn: string | null },
  since: string,
): boolean {
  return facts.hasFormulation && (facts.lastDiscussedOn === null || facts.lastDiscussedOn < since);
}
