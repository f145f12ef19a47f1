import { createHash } from 'node:crypto';
import { scoreFidelity } from '../domain/ips/fidelity-scale';
import type { Repositories } from '../services/ports';
import type {
  EmployerContactRecord,
  EmployerRecord,
  IpsReferralRecord,
  JobRecord,
  VocationalProfileRecord,
} from '../services/ips/ports';
import type { MembershipRecord } from '../services/care-team/ports';
import type { ContactRecord } from '../services/contacts/ports';
import { dayOf, isoOfDay } from './demo-calendar';
import { createRandom, type Random } from './seeded-random';

/** A stream of its own, so that the IPS year leaves every other demo record as it was. */
const IPS_STREAM = 9;
/** The specialists' ordinary contacts with people come from a stream of their own, so adding them changed nothing else. */
const IPS_CONTACT_STREAM = 0x1b5;

const EMPLOYERS: readonly (readonly [string, string])[] = [
  ['Riverside Garden Centre', 'Gardening'],
  ['Corner Café', 'Hospitality'],
  ['Northgate Supermarket', 'Retail'],
  ['City Libraries', 'Public service'],
  ['Brightside Warehousing', 'Logistics'],
  ['Hillview Care Home', 'Care'],
  ['Quickfix Bikes', 'Repairs'],
  ['Station Hotel', 'Hospitality'],
  ['Greenway Cleaning', 'Cleaning'],
  ['Print Works', 'Printing'],
];
const TITLES: Record<string, string[]> = {
  Gardening: ['Garden assistant', 'Groundskeeper'],
  Hospitality: ['Kitchen porter', 'Barista', 'Housekeeper'],
  Retail: ['Shelf stacker', 'Checkout assistant'],
  'Public service': ['Library assistant'],
  Logistics: ['Warehouse operative', 'Delivery driver'],
  Care: ['Care assistant'],
  Repairs: ['Bike mechanic'],
  Cleaning: ['Cleaner'],
  Printing: ['Print assistant'],
};
/** The job search of the n-th person: kinds of job, why they appeal, and where each stands. No random draws, so the rest of the demo is unchanged. */
const INTERESTS = [
  { jobKind: 'Café work', why: 'I like being around people, in small doses', status: 'applied' },
  { jobKind: 'Gardening', why: 'Being outside calms me down', status: 'interested' },
  { jobKind: 'Warehouse work', why: '', status: 'not_now' },
  { jobKind: 'Library assistant', why: 'Quiet, and I love books', status: 'interested' },
  { jobKind: 'Delivery driver', why: 'I passed my test last year', status: 'applied' },
] as const;
const NAMED_EMPLOYERS = ['The Corner Café', 'Hill Street Library', 'Northside Garden Centre'];

const WORK_WANTED = [
  'Something outdoors, with my hands',
  'A café or kitchen, part time to start',
  'Driving or deliveries',
  'Quiet work with books or records',
  'Caring for people, like I did before',
];

/** A stable id for the n-th IPS demo record of a family: the same seed gives the same ids. */
export function demoIpsId(seed: number, family: string, n: number): string {
  const hex = createHash('sha256').update(`ips:${seed}:${family}:${n}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-7${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** Ids for one load: each family counts its own records. */
function idsFor(seed: number): (family: string) => string {
  const counts = new Map<string, number>();
  return (family) => {
    const n = counts.get(family) ?? 0;
    counts.set(family, n + 1);
    return demoIpsId(seed, family, n);
  };
}

export const DEMO_IPS_TEAM_NAME = 'IPS employment team';

export interface DemoIpsSummary {
  /** The IPS team. */
  teams: number;
  specialists: number;
  referrals: number;
  jobs: number;
  employerContacts: number;
  /** Jobs and employers people said they are interested in (their job search). */
  jobInterests: number;
  /** Ordinary contacts between specialists and the people they support. */
  contacts: number;
}

/** The two specialists of the demo IPS team: each attached to the community teams of one site. */
const SPECIALISTS = [
  // Near 40% in work each quarter, with rapid job search and frequent visits to employers.
  { name: 'Kim Okafor', shareFindingWork: 0.7, firstEmployerContact: [7, 35], employerVisits: 200 },
  // Clearly fewer in work: slower to meet employers and fewer visits.
  { name: 'Lee Park', shareFindingWork: 0.3, firstEmployerContact: [20, 80], employerVisits: 90 },
] as const;

/** People each specialist supports through the year, shared among their community teams. */
const REFERRALS_PER_SPECIALIST = 24;
/** How far back the first referral goes. */
const REFERRAL_DAYS = 540;

/**
 * A year of IPS in the first unit of the demo (ADR 0049): one IPS team at the first site with two
 * employment specialists, each attached to the community teams of one site, whose people they
 * support and whose care teams they join; referrals through the year, employer contacts and jobs,
 * and one fidelity review of the IPS team. The first site finds work for about two people in five
 * each quarter, near the 40% benchmark; the second for clearly fewer, so the figures have
 * something to compare.
 */
export async function writeDemoIps(r: Repositories, seed: number, today: Date): Promise<DemoIpsSummary> {
  const random = createRandom(seed, IPS_STREAM);
  const contactRandom = createRandom(seed, IPS_CONTACT_STREAM);
  const nextId = idsFor(seed);
  const day = dayOf(today);
  const communityTeams = (await r.organisation.listTeams()).sort((a, b) => a.id.localeCompare(b.id));
  const sites = [...new Set(communityTeams.map((t) => t.siteId))].sort().slice(0, 2);
  const summary: DemoIpsSummary = {
    teams: 0,
    specialists: 0,
    referrals: 0,
    jobs: 0,
    employerContacts: 0,
    jobInterests: 0,
    contacts: 0,
  };
  if (sites.length === 0) return summary;
  const ipsTeamId = nextId('team');
  await r.organisation.createTeam({
    id: ipsTeamId,
    siteId: sites[0]!,
    name: DEMO_IPS_TEAM_NAME,
    reviewCadenceMonths: 12,
  });
  summary.teams += 1;
  const employers: EmployerRecord[] = EMPLOYERS.map(([name, sector]) => ({
    id: nextId('employer'),
    name,
    sector,
    town: '',
  }));
  for (const employer of employers) await r.ips.createEmployer(employer);
  for (const [index, siteId] of sites.entries()) {
    const style = SPECIALISTS[index]!;
    const specialistId = nextId('specialist');
    await r.organisation.createWorker({
      id: specialistId,
      name: style.name,
      profession: 'IPS employment specialist',
      teamId: ipsTeamId,
      email: null,
      phone: null,
      leftOn: null,
    });
    summary.specialists += 1;
    const attached = communityTeams.filter((t) => t.siteId === siteId).slice(0, 2);
    for (const team of attached) await r.ips.attachSpecialist({ workerId: specialistId, teamId: team.id });
    const people = await peopleToSupport(r, attached, day);
    for (const [order, person] of people.entries()) {
      // Referrals over the last eighteen months, so the year of figures opens with people already in work.
      const referredDay =
        day - REFERRAL_DAYS + Math.floor((order * (REFERRAL_DAYS - 20)) / people.length) + random.int(0, 6);
      await writeSupport(
        r,
        { random, contactRandom, nextId },
        // Spread evenly rather than drawn, so two dozen people give each site its figure every time.
        { person, specialistId, referredDay, day, employers, style, findsWork: isNth(order, style.shareFindingWork) },
        summary,
      );
    }
    await writeJobDevelopment(
      r,
      { random, nextId },
      { specialistId, day, visits: style.employerVisits, employers },
      summary,
    );
  }
  const scores = [4, 4, 5, 4, 4, 3, 4, 3, 5, 4, 4, 4, 4, 3, 4, 4, 3, 3, 4, 4, 5, 4, 5, 4, 3];
  await r.ips.createFidelityReview({
    id: nextId('fidelity-review'),
    teamId: ipsTeamId,
    reviewedOn: isoOfDay(day - 45),
    reviewers: 'Two reviewers from a neighbouring IPS service',
    scores,
    total: scoreFidelity(scores).total,
    recordedByAccountId: null,
  });
  return summary;
}

/** People of the attached teams who have been with the service a while, taken in turn from each team. */
async function peopleToSupport(r: Repositories, teams: readonly { id: string }[], day: number) {
  // One query after another: a transaction has one connection.
  const perTeam: { id: string; name: string }[][] = [];
  for (const team of teams) {
    const people = await r.organisation.listPeople({ teamId: team.id });
    perTeam.push(
      people
        .filter((p) => p.dischargedOn === null && p.joinedOn <= isoOfDay(day - REFERRAL_DAYS - 20))
        .slice(0, Math.ceil(REFERRALS_PER_SPECIALIST / teams.length)),
    );
  }
  const longest = Math.max(0, ...perTeam.map((list) => list.length));
  return Array.from({ length: longest }, (_, k) => perTeam.flatMap((list) => list[k] ?? [])).flat();
}

interface Streams {
  random: Random;
  contactRandom: Random;
  nextId: (family: string) => string;
}

interface Spell {
  person: { id: string; name: string };
  specialistId: string;
  referredDay: number;
  day: number;
  style: (typeof SPECIALISTS)[number];
  employers: EmployerRecord[];
  findsWork: boolean;
}

/** Whether the n-th of a list is one of the `share` of it, spread evenly through it. */
const isNth = (n: number, share: number) => Math.floor((n + 1) * share) > Math.floor(n * share);

/** One person's year with their specialist: referral, care-team membership, contacts, profile, employer contact and perhaps a job. */
async function writeSupport(r: Repositories, streams: Streams, spell: Spell, summary: DemoIpsSummary): Promise<void> {
  const { random, nextId } = streams;
  const { person, specialistId, referredDay, day, style } = spell;
  const referral: IpsReferralRecord = {
    id: nextId('referral'),
    personId: person.id,
    referredOn: isoOfDay(referredDay),
    isSelfReferral: random.chance(0.3),
    referredByAccountId: null,
    note: null,
    specialistWorkerId: specialistId,
    takenOn: isoOfDay(referredDay + random.int(1, 7)),
    endedOn: random.chance(0.1) ? isoOfDay(Math.min(day - 1, referredDay + random.int(30, 120))) : null,
    endReason: null,
  };
  if (referral.endedOn) referral.endReason = 'person_chose';
  await r.ips.createReferral(referral);
  const membership: MembershipRecord = {
    id: nextId('membership'),
    personId: person.id,
    workerId: specialistId,
    role: 'ips_employment_specialist',
    startsOn: referral.takenOn!,
    endsOn: referral.endedOn,
    endReason: referral.endedOn ? 'role_no_longer_needed' : null,
    endNote: null,
    handoverNote: null,
  };
  await r.careTeams.createMany([membership]);
  const contacts = specialistContacts(streams, {
    personId: person.id,
    specialistId,
    fromDay: referredDay + 7,
    toDay: referral.endedOn ? dayOf(new Date(`${referral.endedOn}T00:00:00Z`)) : day - 1,
  });
  await r.contacts.createMany(contacts);
  summary.contacts += contacts.length;
  const profile: VocationalProfileRecord = {
    personId: person.id,
    revision: 1,
    workWanted: random.pick(WORK_WANTED),
    hoursWanted: random.pick(['Mornings', 'About 16 hours', 'Full time in time']),
    strengths: random.pick(['Reliable and friendly', 'Good with my hands', 'Patient, and I like order']),
    history: '',
    whatHelped: 'Someone on my side when things got hard',
    whatGotInTheWay: random.pick(['Early starts', 'Long gaps on my CV', 'Worry about benefits']),
    disclosure: random.pick(['partial', 'full', 'no_disclosure'] as const),
    disclosureTo: '',
    disclosureHow: '',
    isWrittenByPerson: random.chance(0.5),
    updatedByAccountId: null,
    updatedByName: person.name,
    updatedAt: new Date((referredDay + 7) * 86_400_000),
  };
  await r.ips.saveProfile(profile, 0);
  const employer = random.pick(spell.employers);
  if (profile.disclosure !== 'no_disclosure') {
    const [soonest, latest] = style.firstEmployerContact;
    const contact: EmployerContactRecord = {
      id: nextId('employer-contact'),
      workerId: specialistId,
      employerId: employer.id,
      personId: person.id,
      contactedOn: isoOfDay(Math.min(day - 1, referredDay + random.int(soonest, latest))),
      isFaceToFace: true,
      metWhom: 'Manager',
      purpose: 'about_a_person',
      outcome: 'Interested',
      recordedByAccountId: null,
    };
    await r.ips.createEmployerContact(contact);
    summary.employerContacts += 1;
  }
  const startDay = referredDay + random.int(30, 150);
  if (referral.endedOn === null && startDay < day && spell.findsWork) {
    const lasts = random.int(90, 540);
    const job: JobRecord = {
      id: nextId('job'),
      personId: person.id,
      employerId: employer.id,
      kind: 'job',
      title: random.pick(TITLES[employer.sector] ?? ['Assistant']),
      startsOn: isoOfDay(startDay),
      endsOn: startDay + lasts < day ? isoOfDay(startDay + lasts) : null,
      hoursPerWeek: random.pick([12, 16, 20, 25, 30]),
      hourlyPayPence: random.int(1221, 1450),
      isCompetitive: random.chance(0.92),
      endReason: null,
      revision: 1,
      recordedByAccountId: null,
      updatedAt: new Date(`${isoOfDay(startDay)}T17:00:00Z`),
    };
    // An ended job was last changed when its end was recorded.
    if (job.endsOn) job.updatedAt = new Date(`${job.endsOn}T17:00:00Z`);
    if (job.endsOn) job.endReason = random.pick(['contract_ended', 'resigned', 'moved_to_better_job'] as const);
    await r.ips.createJob(job);
    summary.jobs += 1;
  }
  await writeJobInterests(r, nextId, { person, employer, addedDay: referredDay + 10, n: summary.referrals }, summary);
  summary.referrals += 1;
}

/**
 * Two jobs or employers the person is interested in, one with an employer record and one with a
 * named employer or none, picked by their place in the year rather than by chance.
 */
async function writeJobInterests(
  r: Repositories,
  nextId: (family: string) => string,
  input: { person: { id: string; name: string }; employer: EmployerRecord; addedDay: number; n: number },
  summary: DemoIpsSummary,
): Promise<void> {
  const { person, employer, addedDay, n } = input;
  const picks = [INTERESTS[n % INTERESTS.length]!, INTERESTS[(n + 2) % INTERESTS.length]!];
  for (const [k, pick] of picks.entries()) {
    const named = k === 1 && n % 2 === 0 ? NAMED_EMPLOYERS[n % NAMED_EMPLOYERS.length]! : null;
    await r.ips.createJobInterest({
      id: nextId('job-interest'),
      personId: person.id,
      jobKind: pick.jobKind,
      employerId: k === 0 ? employer.id : null,
      employerName: named,
      why: pick.why,
      status: pick.status,
      revision: 1,
      addedByAccountId: null,
      addedByName: person.name,
      addedAt: new Date((addedDay + k) * 86_400_000),
    });
    summary.jobInterests += 1;
  }
}

/** Job development: face-to-face visits to employers through the year, more often by the first specialist. */
async function writeJobDevelopment(
  r: Repositories,
  streams: Pick<Streams, 'random' | 'nextId'>,
  input: { specialistId: string; day: number; visits: number; employers: EmployerRecord[] },
  summary: DemoIpsSummary,
): Promise<void> {
  const { random, nextId } = streams;
  for (let k = 0; k < input.visits; k += 1) {
    await r.ips.createEmployerContact({
      id: nextId('employer-contact'),
      workerId: input.specialistId,
      employerId: random.pick(input.employers).id,
      personId: null,
      contactedOn: isoOfDay(input.day - 1 - random.int(0, 360)),
      isFaceToFace: random.chance(0.8),
      metWhom: random.pick(['Owner', 'Manager', 'HR officer']),
      purpose: 'job_development',
      outcome: random.pick(['Open to a trial shift', 'No vacancies now; call back in spring', 'Will share vacancies']),
      recordedByAccountId: null,
    });
    summary.employerContacts += 1;
  }
}

/**
 * The specialist's ordinary contacts with one person, every two to four weeks while they support
 * them (and so after a job starts too: follow-along support), so continuity, relationship feedback
 * and the "time on employment work" figure have something to show.
 */
function specialistContacts(
  { contactRandom: random, nextId }: Streams,
  spell: { personId: string; specialistId: string; fromDay: number; toDay: number },
): ContactRecord[] {
  const contacts: ContactRecord[] = [];
  for (let contactDay = spell.fromDay; contactDay <= spell.toDay; contactDay += random.int(14, 28)) {
    contacts.push({
      id: nextId('contact'),
      personId: spell.personId,
      occurredAt: new Date(contactDay * 86_400_000 + random.int(9 * 60, 16 * 60) * 60_000),
      durationMinutes: random.pick([30, 45, 60]),
      mode: random.pick(['community', 'community', 'phone', 'clinic'] as const),
      kind: 'brief_contact',
      beyondRoutine: false,
      beyondRoutineNote: null,
      adminMinutes: random.pick([5, 10, 15]),
      note: null,
      recordedByAccountId: null,
      workerIds: [spell.specialistId],
    });
  }
  return contacts;
}
