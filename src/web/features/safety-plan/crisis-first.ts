/** A crisis contact this recent puts the safety plan first on the record. */
export const CRISIS_FIRST_DAYS = 7;

/** The sections a worker in a crisis needs before anything else: how the person wants a crisis handled. */
export const CRISIS_SECTION_KEYS = ['crisis_preferences', 'professionals', 'people_to_ask'] as const;

/**
 * Whether the record should open on the safety plan: the worker broke glass to reach it (an
 * emergency by definition), or the latest contact was a crisis, recorded in the last week.
 */
export function isCrisisFirst(options: {
  basis: string;
  latestContact: { kind: string; occurredAt: string } | null;
  now: Date;
}): boolean {
  if (options.basis === 'break_glass') return true;
  const latest = options.latestContact;
  if (!latest || latest.kind !== 'crisis') return false;
  return options.now.getTime() - new Date(latest.occurredAt).getTime() <= CRISIS_FIRST_DAYS * 86_400_000;
}

/** The sections in crisis order: crisis preferences and who to call first, then the rest as written. */
export function inCrisisOrder<T extends { key: string }>(sections: readonly T[]): T[] {
  const rank = (key: string) => {
    const index = (CRISIS_SECTION_KEYS as readonly string[]).indexOf(key);
    return index === -1 ? CRISIS_SECTION_KEYS.length : index;
  };
  return [...sections].sort((a, b) => rank(a.key) - rank(b.key));
}
