/** One completed questionnaire's headline score. */
export interface ScorePoint {
  completedOn: string;
  value: number;
}

const longDate = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const onDay = (isoDay: string) => longDate.format(new Date(`${isoDay}T00:00:00Z`));
const number = (value: number) => (Number.isInteger(value) ? String(value) : value.toFixed(1));

/**
 * A person's own scores in plain words, spoken to them: the latest, and how it compares with the
 * one before and the first. Higher means more of what the score measures (`higherMeans`).
 *
 * @example scoreTrendInWords([{ completedOn: '2026-01-05', value: 30 }, { completedOn: '2026-04-06', value: 36 }], { max: 60, higherMeans: 'more recovery' })
 * // 'Your latest score is 36 out of 60 (6 April 2026), 6 higher than last time (30 on 5 January 2026): more recovery.'
 */
export function scoreTrendInWords(points: readonly ScorePoint[], scale: { max: number; higherMeans: string }): string {
  const ordered = [...points].sort((a, b) => a.completedOn.localeCompare(b.completedOn));
  const latest = ordered.at(-1);
  if (!latest) return 'You have not filled this in yet.';
  const headline = `Your latest score is ${number(latest.value)} out of ${scale.max} (${onDay(latest.completedOn)})`;
  const previous = ordered.at(-2);
  if (!previous) return `${headline}. This is your first, so there is nothing to compare it with yet.`;
  const change = latest.value - previous.value;
  const since = `last time (${number(previous.value)} on ${onDay(previous.completedOn)})`;
  const compared =
    change === 0
      ? `the same as ${since}`
      : `${number(Math.abs(change))} ${change > 0 ? 'higher' : 'lower'} than ${since}`;
  const first = ordered[0];
  const overall =
    first && ordered.length > 2
      ? ` Since your first (${number(first.value)} on ${onDay(first.completedOn)}) it has gone ${latest.value > first.value ? 'up' : latest.value < first.value ? 'down' : 'neither up nor down'}.`
      : '';
  return `${headline}, ${compared}. Higher means ${scale.higherMeans}.${overall}`;
}
