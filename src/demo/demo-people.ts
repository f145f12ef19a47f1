import type { CarerShareScope } from '../domain/access/person-access-policy';
import type { CarerLinkRecord, CarerRecord, NewPersonRecord } from '../services/organisation/ports';
import { isoOfDay, msOfDay } from './demo-calendar';
import { DEMO_CARER, DEMO_PERSON } from './demo-cast';
import { STREAM, type DemoContext } from './demo-context';
import { demoNhsNumber, demoPhone, inventName } from './demo-names';
import { CARER_RELATIONSHIPS } from './demo-words';
import { createRandom, type Random } from './seeded-random';

/** Service users per team at scale 1. */
export const PEOPLE_PER_TEAM = 50;

/** A person before their care history is worked out. */
export interface PersonDraft {
  person: NewPersonRecord & { joinedOn: string; localIdentifier: string };
  /** Counts people across the whole demo from 0; person 0 is the demo person. */
  number: number;
  /** The day they came into the service; for most people that was before the two-year history. */
  startDay: number;
  isDemoPerson: boolean;
  carer: { carer: CarerRecord; link: CarerLinkRecord } | null;
  /** The person's own random stream, used again for their care team, contacts and review. */
  random: Random;
}

const SCOPE_CHOICES: readonly (readonly [CarerShareScope[], number])[] = [
  [['care_team'], 4],
  [['care_team', 'contacts'], 3.5],
  [[], 2.5],
];

/** Drafts person number `personNumber` (counted across the demo) in team `teamId`. */
export function draftPerson(context: DemoContext, teamId: string, personNumber: number): PersonDraft {
  const random = createRandom(context.seed, STREAM.person, personNumber);
  const isDemoPerson = personNumber === 0;
  // Three in four were already known to the service when the history starts; the rest arrive during it.
  const startDay = isDemoPerson
    ? context.today - 1_000
    : random.chance(0.75)
      ? random.int(context.today - 6 * 365, context.historyStart - 1)
      : random.int(context.historyStart, context.today - 14);
  const age = isDemoPerson ? DEMO_PERSON.ageInYears : random.int(18, 76);
  const born = context.today - Math.floor(age * 365.25) - random.int(1, 364);
  const name = inventName(random);
  const person: PersonDraft['person'] = {
    id: context.ids('person', msOfDay(startDay)),
    name: isDemoPerson ? DEMO_PERSON.name : name.full,
    preferredName: isDemoPerson
      ? DEMO_PERSON.preferredName
      : name.shortName && random.chance(0.45)
        ? name.shortName
        : null,
    dateOfBirth: isoOfDay(born),
    teamId,
    localIdentifier: demoNhsNumber(personNumber),
    joinedOn: isoOfDay(startDay),
  };
  const hasCarer = isDemoPerson || random.chance(0.3);
  return {
    person,
    number: personNumber,
    startDay,
    isDemoPerson,
    carer: hasCarer ? draftCarer(context, person, isDemoPerson, name.surname, startDay, random) : null,
    random,
  };
}

function draftCarer(
  context: DemoContext,
  person: NewPersonRecord,
  isDemoCarer: boolean,
  surname: string,
  startDay: number,
  random: Random,
): PersonDraft['carer'] {
  const name = inventName(random, random.chance(0.6) ? surname : undefined);
  const carer: CarerRecord = {
    id: context.ids('carer', msOfDay(Math.max(startDay, context.historyStart))),
    name: isDemoCarer ? DEMO_CARER.name : name.full,
    phone: demoPhone(random),
  };
  const link: CarerLinkRecord = {
    personId: person.id,
    carerId: carer.id,
    relationship: isDemoCarer ? DEMO_CARER.relationship : random.weighted(CARER_RELATIONSHIPS),
    sharedScopes: isDemoCarer ? [...DEMO_CARER.sharedScopes] : [...random.weighted(SCOPE_CHOICES)],
  };
  return { carer, link };
}
