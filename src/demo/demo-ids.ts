import type { Random } from './seeded-random';

/** A nibble per record family, written into each id so that ids of different families never meet. */
const FAMILY = {
  site: 1,
  team: 2,
  worker: 3,
  person: 4,
  carer: 5,
  membership: 6,
  contact: 7,
  review: 8,
  account: 9,
  response: 10,
  action: 11,
  feedback: 12,
  consent: 13,
  handover: 14,
  message: 15,
  // Nibbles run out at 15; 0 is free, and reflections share no table with anything else.
  reflection: 0,
} as const;

export type IdFamily = keyof typeof FAMILY;

/** Returns a new id for a record of `family` created at `at` (milliseconds since 1970). */
export type IdSource = (family: IdFamily, at: number) => string;

/** 36 bits of serial number per family: far more than the largest demo needs. */
const SERIAL_BITS = 36;
const HALF_BITS = SERIAL_BITS / 2;
const HALF_MASK = 2 ** HALF_BITS - 1;
const TWO_32 = 4_294_967_296;
const HEX = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0'));

/**
 * Deterministic ids in UUID version 7 layout (RFC 9562): 48 bits of the record's own time, so
 * demo ids sort by time like real ones and inserts stay local in indexes, then the version and
 * variant bits, then bits from `random` around a per-family serial number. The serial makes every
 * id unique by construction; it is scrambled by a keyed permutation so ids still look random.
 *
 * Bits after the version: random(12) variant(2) random(2) family(4) serial(36) random(20).
 */
export function createIdSource(random: Random): IdSource {
  const keys = [random.uint32(), random.uint32(), random.uint32(), random.uint32()];
  const serials = new Map<IdFamily, number>();
  return (family, at) => {
    const serial = serials.get(family) ?? 0;
    if (serial >= 2 ** SERIAL_BITS) throw new RangeError(`Too many demo ${family} records for one id space.`);
    serials.set(family, serial + 1);
    const [high, low] = scramble(serial, keys);
    const head = random.uint32();
    const tail = random.uint32();
    const time = Math.max(0, Math.floor(at));
    const timeHigh = Math.floor(time / TWO_32) & 0xffff;
    const bytes = [
      timeHigh >>> 8,
      timeHigh & 0xff,
      (time >>> 24) & 0xff,
      (time >>> 16) & 0xff,
      (time >>> 8) & 0xff,
      time & 0xff,
      0x70 | ((head >>> 8) & 0x0f),
      head & 0xff,
      ((0x8 | ((head >>> 12) & 0x3)) << 4) | FAMILY[family],
      high >>> 10,
      (high >>> 2) & 0xff,
      ((high & 0x3) << 6) | (low >>> 12),
      (low >>> 4) & 0xff,
      ((low & 0xf) << 4) | ((tail >>> 16) & 0xf),
      (tail >>> 8) & 0xff,
      tail & 0xff,
    ];
    return format(bytes);
  };
}

/** A four-round Feistel network on 36 bits: a bijection, so distinct serials stay distinct. */
function scramble(serial: number, keys: readonly number[]): [number, number] {
  let left = Math.floor(serial / 2 ** HALF_BITS) & HALF_MASK;
  let right = serial & HALF_MASK;
  for (const key of keys) {
    const mixed = Math.imul(right ^ key, 0x9e3779b1);
    [left, right] = [right, (left ^ (mixed >>> 14)) & HALF_MASK];
  }
  return [left, right];
}

function format(bytes: readonly number[]): string {
  let text = '';
  for (let i = 0; i < 16; i += 1) {
    if (i === 4 || i === 6 || i === 8 || i === 10) text += '-';
    text += HEX[bytes[i] as number];
  }
  return text;
}
