import { createHmac } from 'node:crypto';

/** Largest date shift, in days, either way. */
export const MAX_SHIFT_DAYS = 14;

/** Pseudonyms and date shifts for one installation's secret. */
export interface Pseudonymiser {
  person(id: string): string;
  worker(id: string): string;
  team(id: string): string;
  site(id: string): string;
  /** A contact (an Encounter in a FHIR bulk export). */
  contact(id: string): string;
  /** An employer: its name and town could point at a small workplace, and so at a person. */
  employer(id: string): string;
  /** The person's date shift, a whole number of days from −14 to +14. */
  shiftDays(personId: string): number;
}

/**
 * Pseudonyms for research exports, keyed with the installation's secret: HMAC-SHA-256 over the
 * kind of record and its id (RFC 2104). Without the secret a pseudonym cannot be linked back to
 * an id, not even by hashing every id; with it, the same record gets the same pseudonym in every
 * export, so exports can be joined. 64 bits of the digest are kept: for a million people the
 * chance of two sharing a pseudonym is below one in ten million.
 *
 * Each person's dates are moved by the same number of days, from −14 to +14, taken from another
 * HMAC of their id with the same secret: intervals within a person stay true (for continuity and
 * sequence), while a date can no longer be matched against a diary or a hospital record.
 */
export function createPseudonymiser(secret: Buffer): Pseudonymiser {
  const digest = (label: string, id: string) => createHmac('sha256', secret).update(`${label}:${id}`).digest();
  const pseudonym = (prefix: string, label: string) => (id: string) =>
    `${prefix}${digest(label, id).subarray(0, 8).toString('hex')}`;
  return {
    person: pseudonym('P', 'person'),
    worker: pseudonym('W', 'worker'),
    team: pseudonym('T', 'team'),
    site: pseudonym('S', 'site'),
    contact: pseudonym('C', 'contact'),
    employer: pseudonym('E', 'employer'),
    // 2^32 mod 29 leaves a bias below one in a hundred million: immaterial here.
    shiftDays: (personId) => (digest('shift', personId).readUInt32BE(0) % (2 * MAX_SHIFT_DAYS + 1)) - MAX_SHIFT_DAYS,
  };
}

/** An ISO date moved by whole days. */
export function shiftDate(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** An instant moved by whole days (a day is 24 hours: UTC has no daylight saving). */
export function shiftInstant(at: Date, days: number): string {
  return new Date(at.getTime() + days * 86_400_000).toISOString();
}
