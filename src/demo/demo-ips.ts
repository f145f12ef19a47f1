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
const WORK_WANTED = [
  'Something outdoors, with my hands',
  'A café or kitchen, part time to start',
  'Driving or deliveries',
  'Quiet work with books or records',
  'Caring for people, like I did before',
];

/** A deterministic id from the stream: a version-4-shaped uuid. */
function idFrom(random: Random): string {
  const hex = Array.from({ length: 4 }, () => random.uint32().toString(16).padStart(8, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

export interface DemoIpsSummary {
  specialists: number;
  referrals: number;
  jobs: number;
  employerContacts: number;
  /** Ordinary contacts between specialists and the people they support. */
  contacts: number;
}

/**
 * A year of IPS in the first unit of the demo: two employment specialists, one in the first team
 * of each site, referrals through the year, employer contacts and jobs, and one fidelity review.
 * The first site finds work for about two people in five each quarter, near the 40% benchmark;
 * the second for clearly fewer, so the figures have something to compare.
 */
export async function writeDemoIps(r: Repositories, seed: number, today: Date): Promise<DemoIpsSummary> {
  const random = createRandom(seed, IPS_STREAM);
  const contactRandom = createRandom(seed, IPS_CONTACT_STREAM);
  const day = dayOf(today);
  const teams = (await r.organisation.listTeams()).sort((a, b) => a.id.localeCompare(b.id));
  const sites = [...new Set(teams.map((t) => t.siteId))].sort().slice(0, 2);
  const employers: EmployerRecord[] = EMPLOYERS.map(([name, sector]) => ({
    id: idFrom(random),
    name,
    sector,
    town: '',
  }));
  for (const employer of employers) await r.ips.createEmployer(employer);
  const summary: DemoIpsSummary = { specialists: 0, referrals: 0, jobs: 0, employerContacts: 0, contacts: 0 };
  for (const [siteIndex, siteId] of sites.entries()) {
    const team = teams.find((t) => t.siteId === siteId);
    if (!team) continue;
    const specialistId = idFrom(random);
    await r.organisation.createWorker({
      id: specialistId,
      name: siteIndex === 0 ? 'Kim Okafor' : 'Lee Park',
      profession: 'IPS employment specialist',
      teamId: team.id,
      email: null,
      phone: null,
      leftOn: null,
    });
    summary.specialists += 1;
    const people = (await r.organisation.listPeople({ teamId: team.id }))
      .filter((p) => p.dischargedOn === null && p.joinedOn <= isoOfDay(day - 400))
      .slice(0, 24);
    // Near 40% in work at the first site; about 15% at the second.
    const chanceOfJob = siteIndex === 0 ? 0.6 : 0.22;
    for (const [index, person] of people.entries()) {
      const referredDay = day - 360 + Math.floor((index * 340) / people.length) + random.int(0, 6);
      const referral: IpsReferralRecord = {
        id: idFrom(random),
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
        id: idFrom(random),
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
      const contacts = specialistContacts(contactRandom, {
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
      const employer = random.pick(employers);
      if (profile.disclosure !== 'no_disclosure') {
        const contact: EmployerContactRecord = {
          id: idFrom(random),
          workerId: specialistId,
          employerId: employer.id,
          personId: person.id,
          contactedOn: isoOfDay(
            Math.min(day - 1, referredDay + random.int(siteIndex === 0 ? 7 : 20, siteIndex === 0 ? 35 : 80)),
          ),
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
      if (referral.endedOn === null && startDay < day && random.chance(chanceOfJob)) {
        const lasts = random.int(40, 400);
        const job: JobRecord = {
          id: idFrom(random),
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
        };
        if (job.endsOn) job.endReason = random.pick(['contract_ended', 'resigned', 'moved_to_better_job'] as const);
        await r.ips.createJob(job);
        summary.jobs += 1;
      }
      summary.referrals += 1;
    }
    // Job development: face-to-face visits to employers through the year, more often at the first site.
    const visits = siteIndex === 0 ? 200 : 90;
    for (let k = 0; k < visits; k += 1) {
      await r.ips.createEmployerContact({
        id: idFrom(random),
        workerId: specialistId,
        employerId: random.pick(employers).id,
        personId: null,
        contactedOn: isoOfDay(day - 1 - random.int(0, 360)),
        isFaceToFace: random.chance(0.8),
        metWhom: random.pick(['Owner', 'Manager', 'HR officer']),
        purpose: 'job_development',
        outcome: random.pick([
          'Open to a trial shift',
          'No vacancies now; call back in spring',
          'Will share vacancies',
        ]),
        recordedByAccountId: null,
      });
      summary.employerContacts += 1;
    }
    if (siteIndex === 0) {
      const scores = [4, 4, 5, 4, 4, 3, 4, 3, 5, 4, 4, 4, 4, 3, 4, 4, 3, 3, 4, 4, 5, 4, 5, 4, 3];
      await r.ips.createFidelityReview({
        id: idFrom(random),
        teamId: team.id,
        reviewedOn: isoOfDay(day - 45),
        reviewers: 'Two reviewers from a neighbouring IPS service',
        scores,
        total: scoreFidelity(scores).total,
        recordedByAccountId: null,
      });
    }
  }
  return summary;
}

/**
 * The specialist's ordinary contacts with one person, every two to four weeks while they support
 * them (and so after a job starts too: follow-along support), so continuity, relationship feedback
 * and the "time on employment work" figure have something to show.
 */
function specialistContacts(
  random: Random,
  spell: { personId: string; specialistId: string; fromDay: number; toDay: number },
): ContactRecord[] {
  const contacts: ContactRecord[] = [];
  for (let contactDay = spell.fromDay; contactDay <= spell.toDay; contactDay += random.int(14, 28)) {
    contacts.push({
      id: idFrom(random),
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
