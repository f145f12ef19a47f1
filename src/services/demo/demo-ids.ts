import type { Random } from './seeded-random';

/** A nibble per record family, written into each id so that ids of different families never meet. */
const FAMILY = {
  site: 1, team: 2, worker: 3, person: 4, carer: 5, membership: 6, contact: 7, review: 8, account: 9,
} as const;

export type IdFamily = keyof typeof FAMILY;

/** Returns a new id for a record of `family` created at `at` (milliseconds since 1970). */
export type IdSource = (family: IdFamily, at: number) => string;

/** 9 hex digits of serial number per family: far more than the largest demo needs. */
const MAX_SERIAL = 16 ** 9;

/**
 * Deterministic ids in UUID version 7 layout (RFC 9562): 48 bits of the record's own time, so
 * demo ids sort by time like real ones and inserts stay local in indexes, then the version and
 * variant bits, then random bits from `random` around a per-family serial number. The serial
 * makes every id unique by construction, whatever the random bits are.
 *
 * Layout of the 32 hex digits: time(12) 7 random(3) variant(1) family(1) serial(9) random(5).
 */
export function createIdSource(random: Random): IdSource {
  const serials = new Map<IdFamily, number>();
  return (family, at) => {
    const serial = serials.get(family) ?? 0;
    if (serial >= MAX_SERIAL) throw new RangeError(`Too many demo ${family} records for one id space.`);
    serials.set(family, serial + 1);
    const head = random.uint32();
    const tail = random.uint32();
    const hex =
      hexOf(Math.max(0, Math.floor(at)), 12) +
      '7' +
      hexOf(head & 0xfff, 3) +
      (0x8 | ((head >>> 12) & 0x3)).toString(16) +
      FAMILY[family].toString(16) +
      hexOf(serial, 9) +
      hexOf(tail & 0xfffff, 5);
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  };
}

function hexOf(value: number, digits: number): string {
  return value.toString(16).padStart(digits, '0').slice(-digits);
}
