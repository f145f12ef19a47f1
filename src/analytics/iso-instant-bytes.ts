const ZERO = 0x30;
const DAY_MS = 86_400_000;

/**
 * The instant written in `bytes[start, end)` as milliseconds since 1970, for the common forms of
 * {@link parseIsoInstant} (YYYY-MM-DD, then T or a space and hh:mm[:ss[.fff…]], then Z or ±hh[[:]mm]),
 * read straight from the file's bytes so that a million dates make no string. Returns NaN for
 * anything else, valid or not: the caller then asks `parseIsoInstant`, which decides, so both
 * agree on every input (a property the tests check).
 *
 * @example isoInstantOfBytes(Buffer.from('2024-03-01T10:00Z'), 0, 17) // 1709287200000
 */
export function isoInstantOfBytes(bytes: Uint8Array, start: number, end: number): number {
  if (end - start < 10 || bytes[start + 4] !== 0x2d || bytes[start + 7] !== 0x2d) return Number.NaN;
  const year = digits(bytes, start, 4);
  const month = digits(bytes, start + 5, 2);
  const day = digits(bytes, start + 8, 2);
  if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return Number.NaN;
  let position = start + 10;
  let hour = 0;
  let minute = 0;
  let second = 0;
  let milliseconds = 0;
  let offset = 0;
  if (position < end) {
    const separator = bytes[position];
    if (
      (separator !== 0x54 && separator !== 0x74 && separator !== 0x20) ||
      end - position < 6 ||
      bytes[position + 3] !== 0x3a
    )
      return Number.NaN;
    hour = digits(bytes, position + 1, 2);
    minute = digits(bytes, position + 4, 2);
    position += 6;
    if (position < end && bytes[position] === 0x3a) {
      second = digits(bytes, position + 1, 2);
      position += 3;
      if (position > end) return Number.NaN;
      if (position < end && (bytes[position] === 0x2e || bytes[position] === 0x2c)) {
        const fractionStart = (position += 1);
        // Digits beyond milliseconds are dropped, as parseIsoInstant does.
        let scale = 100;
        while (position < end && isDigit(bytes[position])) {
          milliseconds += scale * (bytes[position]! - ZERO);
          scale = scale >= 10 ? scale / 10 : 0;
          position += 1;
        }
        if (position === fractionStart) return Number.NaN;
      }
    }
    if (hour < 0 || minute < 0 || second < 0 || hour > 23 || minute > 59 || second > 59) return Number.NaN;
    if (position < end) {
      offset = offsetMinutes(bytes, position, end);
      if (Number.isNaN(offset)) return Number.NaN;
    }
  }
  return (
    daysFromCivil(year, month, day) * DAY_MS + (((hour * 60 + minute - offset) * 60 + second) * 1000 + milliseconds)
  );
}

/** Minutes east of UTC for Z, ±hh, ±hhmm or ±hh:mm filling `bytes[start, end)`; NaN otherwise. */
function offsetMinutes(bytes: Uint8Array, start: number, end: number): number {
  const sign = bytes[start];
  if ((sign === 0x5a || sign === 0x7a) && end - start === 1) return 0;
  if (sign !== 0x2b && sign !== 0x2d) return Number.NaN;
  const length = end - start;
  const hours = digits(bytes, start + 1, 2);
  let minutes = 0;
  if (length === 5) minutes = digits(bytes, start + 3, 2);
  else if (length === 6 && bytes[start + 3] === 0x3a) minutes = digits(bytes, start + 4, 2);
  else if (length !== 3) return Number.NaN;
  if (hours < 0 || minutes < 0 || hours > 23 || minutes > 59) return Number.NaN;
  return (sign === 0x2d ? -1 : 1) * (hours * 60 + minutes);
}

/** The decimal number in `count` bytes from `start`, or -1 if any is not a digit. */
function digits(bytes: Uint8Array, start: number, count: number): number {
  let value = 0;
  for (let position = start; position < start + count; position += 1) {
    const byte = bytes[position];
    if (!isDigit(byte)) return -1;
    value = value * 10 + (byte! - ZERO);
  }
  return value;
}

function isDigit(byte: number | undefined): boolean {
  return byte !== undefined && byte >= ZERO && byte <= ZERO + 9;
}

function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return month === 2 ? (leap ? 29 : 28) : month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Days from 1970-01-01 to a proleptic Gregorian date (H. Hinnant, "chrono-compatible low-level date algorithms"). */
function daysFromCivil(year: number, month: number, day: number): number {
  const shifted = month <= 2 ? year - 1 : year;
  const era = Math.floor(shifted / 400);
  const yearOfEra = shifted - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}
