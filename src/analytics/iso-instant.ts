/**
 * An ISO 8601 calendar date (YYYY-MM-DD), optionally followed by T (or a space) and hh:mm,
 * hh:mm:ss or hh:mm:ss.fff, and optionally Z or an offset ±hh, ±hhmm or ±hh:mm. A date alone is
 * midnight UTC; a time without an offset is read as UTC, so the result never depends on the
 * machine's time zone. Impossible dates (2024-02-30), hour 24 and leap seconds are refused;
 * digits beyond milliseconds are dropped. Returns null when the text is not such a date.
 */
export function parseIsoInstant(text: string): Date | null {
  const match =
    /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?([Zz]|[+-]\d{2}(?::?\d{2})?)?)?$/.exec(
      text,
    );
  if (match === null) return null;
  const [year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0] = match
    .slice(1, 7)
    .map((part) => Number(part ?? 0));
  const milliseconds = Number((match[7] ?? '').padEnd(3, '0').slice(0, 3));
  const offset = offsetMinutes(match[8]);
  if (offset === null || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  if (hour > 23 || minute > 59 || second > 59) return null;
  const instant = new Date(0);
  // setUTCFullYear, unlike Date.UTC, does not turn years 0–99 into 1900–1999.
  instant.setUTCFullYear(year, month - 1, day);
  instant.setUTCHours(hour, minute - offset, second, milliseconds);
  return instant;
}

function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
}

/** Minutes east of UTC for Z, ±hh, ±hhmm or ±hh:mm (0 when absent); null when out of range. */
function offsetMinutes(designator: string | undefined): number | null {
  if (designator === undefined || designator.toUpperCase() === 'Z') return 0;
  const digits = designator.slice(1).replace(':', '');
  const hours = Number(digits.slice(0, 2));
  const minutes = Number(digits.slice(2) || '0');
  if (hours > 23 || minutes > 59) return null;
  return (designator.startsWith('-') ? -1 : 1) * (hours * 60 + minutes);
}
