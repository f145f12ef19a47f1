// The demo reckons in whole UTC days (days since 1970-01-01), which keeps date arithmetic exact
// and cheap across millions of contacts.

const DAY_MS = 86_400_000;

/** The UTC day number of an instant. */
export const dayOf = (at: Date): number => Math.floor(at.getTime() / DAY_MS);

/** The ISO calendar date (YYYY-MM-DD) of a day number. */
export const isoOfDay = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);

/** Milliseconds since 1970 at the start of a day, plus `minutes`. */
export const msOfDay = (day: number, minutes = 0): number => day * DAY_MS + minutes * 60_000;

/** 0 for Sunday to 6 for Saturday. Day 0, 1 January 1970, was a Thursday. */
export const weekdayOf = (day: number): number => (((day + 4) % 7) + 7) % 7;

/** About how many days a number of calendar months spans, for spreading dates. */
export const daysInMonths = (months: number): number => Math.round(months * 30.44);
