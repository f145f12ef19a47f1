import { nhsCheckDigit } from '../domain/people/local-identifier';
import type { Random } from './seeded-random';
import { FIRST_NAMES, PLACE_ENDS, PLACE_STARTS, SURNAMES } from './demo-words';

export interface InventedName {
  first: string;
  surname: string;
  /** First name and surname together. */
  full: string;
  /** The shorter name the person may prefer, if their first name has one. */
  shortName: string | null;
}

/** A random first name with a random surname: an invented combination, nobody's real record. */
export function inventName(random: Random, surname?: string): InventedName {
  const [first, shortName] = random.pick(FIRST_NAMES);
  const last = surname ?? random.pick(SURNAMES);
  return { first, surname: last, full: `${first} ${last}`, shortName };
}

/** The n-th invented place name ("Kestrelford"), numbered once the combinations run out. */
export function placeName(index: number): string {
  const combinations = PLACE_STARTS.length * PLACE_ENDS.length;
  const within = index % combinations;
  const start = PLACE_STARTS[within % PLACE_STARTS.length] ?? '';
  const end = PLACE_ENDS[Math.floor(within / PLACE_STARTS.length)] ?? '';
  const round = Math.floor(index / combinations);
  return round === 0 ? `${start}${end}` : `${start}${end} ${round + 1}`;
}

/** A work address under a reserved top-level domain, so that no demo email can ever be delivered. */
export function demoEmail(name: InventedName, serial: number): string {
  const local = `${name.first}.${name.surname}`.toLowerCase().replace(/[^a-z.]/g, '');
  return `${local}.${serial}@tandem-demo.invalid`;
}

/** A number from the UK range kept for drama (07700 900000 to 900999), so that no demo number rings anyone. */
/**
 * A made-up NHS number with a valid check digit, one per demo person. Numbers starting 999 are
 * never issued to anyone (the range is kept for testing), which covers the first 100,000 people.
 */
export function demoNhsNumber(personNumber: number): string {
  for (let extra = 0; extra < 10; extra += 1) {
    const firstNine = String(
      999_000_000 - 1_000_000 * Math.floor(personNumber / 100_000) + (personNumber % 100_000) * 10 + extra,
    );
    const check = nhsCheckDigit(firstNine);
    if (check < 10) return `${firstNine}${check}`;
  }
  throw new Error('No valid NHS number for this demo person.');
}

export function demoPhone(random: Random): string {
  return `07700 900${String(random.int(0, 999)).padStart(3, '0')}`;
}
