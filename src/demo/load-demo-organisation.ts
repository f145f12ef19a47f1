import { inTurn } from '../services/in-turn';
import { demoRiskDocuments, loadDemoRiskDocuments } from './demo-risk-documents';
import type { AccountRole } from '../domain/accounts/account-role';
import { SYSTEM_ACTOR } from '../domain/accounts/actor';
import { AppError } from '../domain/errors/app-error';
import type { AccountRecord } from '../services/accounts/ports';
import { recordAudit } from '../services/audit/record-audit';
import type { Repositories, ServiceDeps } from '../services/ports';
import { loadDemoStaffSignIn } from './demo-staff-sign-in';
import { DEMO_PASSWORD, DEMO_USERNAMES } from './demo-accounts';
import { demoCarePlans } from './demo-care-plans';
import { DEMO_STUDENT_USERNAME, loadDemoCollege } from './demo-college';
import { loadDemoCollegeAdmin } from './demo-college-admin';
import { loadDemoCollegeStudents } from './demo-college-students';
import { demoSafetyPlans } from './demo-safety-plans';
import type { DemoChunk } from './demo-chunk';
import { writeDemoIps } from './demo-ips';
import { loadDemoIpsAccounts } from './demo-ips-accounts';
import { demoTotals, generateDemoOrganisation } from './generate-demo-organisation';
import { loadDemoMessagesAndReflections } from './demo-messages';
import { loadDemoCarerInvolvement } from './demo-carer-involvement';
import { loadDemoImportedQuestionnaire } from './demo-imported-questionnaire';

/** Large enough for load tests (scale 500 is 100,000 people, about 10 million contacts and 420,000 meetings). */
export const MAX_DEMO_SCALE = 1_000;
export const DEFAULT_DEMO_SEED = 1;

export interface LoadDemoInput {
  scale: number;
  seed?: number;
  /** The demo's history is the two years before this date. */
  today: Date;
  /** Called after each chunk is written, for a progress display. */
  onProgress?: (progress: DemoProgress) => void;
}

export interface DemoProgress {
  peopleWritten: number;
  peopleTotal: number;
  contactsWritten: number;
}

export interface DemoSummary {
  scale: number;
  seed: number;
  sites: number;
  teams: number;
  workers: number;
  people: number;
  carers: number;
  memberships: number;
  contacts: number;
  reviews: number;
  meetings: number;
  /** Answers from either side, person or worker. */
  feedback: number;
  /** People with a care plan, most of them agreed by both sides. */
  carePlans: number;
  /** People with a safety plan in their own words. */
  safetyPlans: number;
  accounts: { username: string; role: AccountRole }[];
  /** The password of every demo account. */
  password: string;
}

/**
 * Fills an empty database with the deterministic demo organisation, chunk by chunk, each chunk in
 * its own transaction so that memory and transaction size stay bounded at any scale. Refuses a
 * database that already holds an organisation or any of the demo usernames.
 */
export async function loadDemoOrganisation(deps: ServiceDeps, input: LoadDemoInput): Promise<DemoSummary> {
  const seed = input.seed ?? DEFAULT_DEMO_SEED;
  checkInput(input.scale, seed, input.today);
  const summary: DemoSummary = {
    scale: input.scale,
    seed,
    sites: 0,
    teams: 0,
    workers: 0,
    people: 0,
    carers: 0,
    memberships: 0,
    contacts: 0,
    reviews: 0,
    meetings: 0,
    feedback: 0,
    carePlans: 0,
    safetyPlans: 0,
    accounts: [],
    password: DEMO_PASSWORD,
  };
  const peopleTotal = demoTotals(input.scale).people;
  // Checked before any work, and again inside the first chunk's transaction: a second loader
  // racing this one then fails there, on the same ids, and nothing of its own is kept.
  await deps.uow.run(refuseUnlessEmpty);
  let isFirst = true;
  const carePlans = demoCarePlans({ seed, today: input.today });
  const safetyPlans = demoSafetyPlans({ seed, today: input.today });
  for (const chunk of generateDemoOrganisation({ scale: input.scale, seed, today: input.today })) {
    const accounts = await withPasswords(deps, chunk.accounts);
    await deps.uow.run(async (r) => {
      if (isFirst) await refuseUnlessEmpty(r);
      await writeChunk(r, chunk, accounts);
      if (accounts.length > 0)
        await recordAudit(r, SYSTEM_ACTOR, deps.now(), { action: 'demo.load', detail: { scale: input.scale, seed } });
    });
    isFirst = false;
    carePlans.note(chunk);
    safetyPlans.note(chunk);
    addCounts(summary, chunk);
    input.onProgress?.({ peopleWritten: summary.people, peopleTotal, contactsWritten: summary.contacts });
  }
  // Written once every chunk is in, so that the demo accounts (in the last chunk) are known as authors.
  summary.carePlans = await carePlans.load(deps);
  await loadDemoMessagesAndReflections(deps, { seed, today: input.today });
  await loadDemoCarerInvolvement(deps, { seed, today: input.today });
  const [workerAccount, personAccount] = await deps.uow.read((r) =>
    inTurn([() => r.accounts.findByUsername('demo-worker'), () => r.accounts.findByUsername('demo-person')]),
  );
  await loadDemoCollege(deps, {
    seed,
    today: input.today,
    workerAccountId: workerAccount?.id ?? null,
    personAccountId: personAccount?.id ?? null,
  });
  await loadDemoCollegeAdmin(deps, { seed, today: input.today, leadAccountId: workerAccount?.id ?? null });
  summary.accounts.push({ username: DEMO_STUDENT_USERNAME, role: 'student' });
  await loadDemoCollegeStudents(deps, { seed, today: input.today, personId: personAccount?.personId ?? null });
  const ips = await deps.uow.run((r) => writeDemoIps(r, seed, input.today));
  summary.teams += ips.teams;
  summary.workers += ips.specialists;
  summary.contacts += ips.contacts;
  const ipsAccounts = await loadDemoIpsAccounts(deps, seed);
  summary.workers += ipsAccounts.workers;
  summary.accounts.push(...ipsAccounts.accounts);
  input.onProgress?.({ peopleWritten: summary.people, peopleTotal, contactsWritten: summary.contacts });
  await loadDemoRiskDocuments(deps, demoRiskDocuments([...carePlans.draft()], input.today));
  summary.safetyPlans = await safetyPlans.load(deps);
  await deps.uow.run(async (r) =>
    r.organisation.replaceCrisisContacts(
      await r.organisation.crisisContactsVersion(),
      DEMO_CRISIS_CONTACTS.map((c, position) => ({ ...c, id: demoCrisisContactId(position), position })),
    ),
  );
  await loadDemoStaffSignIn(deps);
  await loadDemoImportedQuestionnaire(deps, { seed, today: input.today });
  return summary;
}

/** The demo service's crisis contacts; the numbers are from ranges that never ring anyone. */
const DEMO_CRISIS_CONTACTS = [
  { name: 'Crisis team (out of hours)', phone: '01632 960999', hours: 'Evenings, nights and weekends', note: null },
  { name: 'Emergency services', phone: '999', hours: 'Any time', note: 'If you or someone else is in danger now.' },
] as const;

const demoCrisisContactId = (position: number): string =>
  `0190e8b0-0000-7000-8000-00000000c${String(position).padStart(3, '0')}`;

function checkInput(scale: number, seed: number, today: Date): void {
  if (!Number.isInteger(scale) || scale < 1 || scale > MAX_DEMO_SCALE) {
    throw new AppError('bad_request', `The demo scale must be a whole number from 1 to ${MAX_DEMO_SCALE}.`, {
      field: 'scale',
    });
  }
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffff_ffff) {
    throw new AppError('bad_request', 'The demo seed must be a whole number from 0 to 4294967295.', { field: 'seed' });
  }
  if (Number.isNaN(today.getTime()))
    throw new AppError('bad_request', 'The demo needs a valid date for today.', { field: 'today' });
}

async function refuseUnlessEmpty(r: Repositories): Promise<void> {
  if ((await r.organisation.listSites()).length > 0) {
    throw new AppError(
      'conflict',
      'This database already holds an organisation. The demo loads only into an empty database.',
    );
  }
  for (const username of DEMO_USERNAMES) {
    if (await r.accounts.findByUsername(username)) {
      throw new AppError(
        'conflict',
        `This database already has an account called ${username}. The demo loads only into an empty database.`,
      );
    }
  }
}

async function withPasswords(deps: ServiceDeps, drafts: DemoChunk['accounts']): Promise<AccountRecord[]> {
  const accounts: AccountRecord[] = [];
  for (const draft of drafts) {
    // Hashed one at a time, outside the transaction: argon2 is deliberately slow.
    const passwordHash = await deps.passwords.hash(DEMO_PASSWORD);
    accounts.push({ ...draft, passwordHash, disabledAt: null, mustChangePassword: false, lastSignInAt: null });
  }
  return accounts;
}

async function writeChunk(r: Repositories, chunk: DemoChunk, accounts: AccountRecord[]): Promise<void> {
  await r.organisation.createSites(chunk.sites);
  await r.organisation.createTeams(chunk.teams);
  await r.organisation.createWorkers(chunk.workers);
  await r.organisation.createPeople(chunk.people);
  await r.organisation.createCarers(chunk.carers);
  await r.organisation.linkCarers(chunk.carerLinks);
  await r.carerConsent.append(chunk.carerConsents);
  await r.careTeams.createMany(chunk.memberships);
  for (const handover of chunk.handovers) await r.handovers.create(handover);
  await r.contacts.createMany(chunk.contacts);
  await r.reviews.createMany(chunk.reviews);
  await r.instruments.createResponses(chunk.responses);
  await r.meetings.createMany(chunk.meetings);
  await r.feedback.createMany(chunk.feedback);
  await r.feedback.createPreferences(chunk.feedbackPreferences);
  for (const account of accounts) await r.accounts.create(account);
}

function addCounts(summary: DemoSummary, chunk: DemoChunk): void {
  summary.sites += chunk.sites.length;
  summary.teams += chunk.teams.length;
  summary.workers += chunk.workers.length;
  summary.people += chunk.people.length;
  summary.carers += chunk.carers.length;
  summary.memberships += chunk.memberships.length;
  summary.contacts += chunk.contacts.length;
  summary.reviews += chunk.reviews.length;
  summary.meetings += chunk.meetings.length;
  summary.feedback += chunk.feedback.length;
  summary.accounts.push(...chunk.accounts.map(({ username, role }) => ({ username, role })));
}
