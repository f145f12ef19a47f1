import { listAccounts } from '../services/accounts/list-accounts';
import { getIpsCaseload } from '../services/ips/get-ips-caseload';
import { getIpsFidelity } from '../services/ips/get-ips-fidelity';
import { getIpsOutcomes } from '../services/ips/get-ips-outcomes';
import { SYSTEM_ACTOR } from '../domain/accounts/actor';
import { sql, type SQL } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, TEST_NOW, type TestDatabase } from '../../test/support/test-database';
import { signIn } from '../services/accounts/sign-in';
import { getProspectus } from '../services/college/get-prospectus';
import { getSharedCollegeLife } from '../services/college/get-shared-college-life';
import { listMyCourses } from '../services/college/list-my-courses';
import { listTrainerSessions } from '../services/college/registers';
import { getCaseload } from '../services/caseload/get-caseload';
import { getCaseloadAlerts } from '../services/feedback/get-caseload-alerts';
import { getRelationshipFeedback } from '../services/feedback/get-relationship-feedback';
import { getMeetingOpening } from '../services/meetings/get-meeting-opening';
import { getRatingHistory } from '../services/meetings/get-rating-history';
import { getQuestionnaires } from '../services/questionnaires/get-questionnaires';
import { getCarerViews } from '../services/carer-views/get-carer-views';
import { listCarerAssessmentRequests } from '../services/carer-assessments/list-carer-assessment-requests';
import { DEMO_PERSON, DEMO_WORKER } from './demo-cast';
import { loadDemoOrganisation, type DemoProgress, type DemoSummary } from './load-demo-organisation';

let t: TestDatabase;
let summary: DemoSummary;
const progress: DemoProgress[] = [];

beforeAll(async () => {
  t = await createTestDatabase();
  summary = await loadDemoOrganisation(t.deps, { scale: 1, today: TEST_NOW, onProgress: (p) => progress.push(p) });
}, 120_000);
afterAll(() => t.close());

/** Rows of a hand-written query; both drivers answer with `{ rows }`. */
const rowsOf = async <T>(query: SQL): Promise<T[]> =>
  ((await t.handle.db.execute(query)) as unknown as { rows: T[] }).rows;
const count = async (query: SQL) => Number((await rowsOf<{ n: number }>(query))[0]?.n);

describe('loadDemoOrganisation at scale 1', () => {
  it('loads two sites, four community teams (one reviewing every six months) and an IPS team, about twenty workers and 200 people', async () => {
    const { organisation } = t.repositories;
    const [sites, teams, workers, people] = await Promise.all([
      organisation.listSites(),
      organisation.listTeams(),
      organisation.listWorkers(),
      organisation.listPeople(),
    ]);
    expect(sites).toHaveLength(2);
    expect(teams.map((team) => team.reviewCadenceMonths).sort()).toEqual([12, 12, 12, 12, 6]);
    const managers = workers.filter((w) => w.profession === 'Team manager');
    // One for each community team and one leading the IPS team.
    expect(managers).toHaveLength(5);
    expect(workers.length - managers.length).toBeGreaterThanOrEqual(18);
    expect(workers.length - managers.length).toBeLessThanOrEqual(25);
    expect(new Set(workers.map((w) => w.profession)).size).toBeGreaterThanOrEqual(8);
    expect(workers.filter((w) => w.leftOn !== null).length).toBeGreaterThanOrEqual(3);
    expect(people).toHaveLength(200);
    expect(summary).toMatchObject({ sites: 2, teams: 5, people: 200, reviews: 200, workers: workers.length });
    expect(progress.at(-1)).toEqual({ peopleWritten: 200, peopleTotal: 200, contactsWritten: summary.contacts });
  });

  it('links carers who see what each person chose to share', async () => {
    const links = await rowsOf<{ scopes: string; n: number }>(sql`
      select array_to_string(shared_scopes, ',') as scopes, count(*)::int as n from carer_link group by 1 order by 1`);
    expect(links.map((l) => l.scopes)).toEqual(['', 'care_team', 'care_team,contacts', 'care_team,contacts,care_plan']);
    const carers = links.reduce((sum, l) => sum + Number(l.n), 0);
    expect(carers).toBeGreaterThanOrEqual(40);
    expect(carers).toBeLessThanOrEqual(90);
  });

  it('keeps a consent record for every scope a carer was given, and the demo person chose one themselves', async () => {
    const unmatched = await count(sql`
      select count(*)::int as n from carer_link l cross join unnest(l.shared_scopes) as s(scope)
      where not exists (select 1 from carer_consent c
        where c.person_id = l.person_id and c.carer_id = l.carer_id and c.scope = s.scope and c.change = 'given')`);
    expect(unmatched).toBe(0);
    const person = await signIn(t.deps, { username: 'demo-person', password: 'tandem-demo' });
    const history = await t.repositories.carerConsent.listForPerson(person.actor.personId ?? '', 10);
    expect(history[0]).toMatchObject({ scope: 'care_plan', change: 'given', onBehalfReason: null });
    expect(history.slice(1).every((record) => record.onBehalfReason !== null)).toBe(true);
  });

  it('plans a change of the demo person’s care coordinator, with a note and a joint meeting offered', async () => {
    const person = await signIn(t.deps, { username: 'demo-person', password: 'tandem-demo' });
    const handovers = await t.repositories.handovers.listForPerson(person.actor.personId ?? '');
    expect(handovers).toEqual([
      expect.objectContaining({
        status: 'planned',
        jointMeeting: 'offered',
        personNote: null,
        fromWorkerName: 'Robin Fairley',
      }),
    ]);
    expect((handovers[0]?.handoverOn ?? '') > '2026-06-15').toBe(true);
  });

  it('gives the demo carer a view given, a review waiting for their view, and a request the demo worker sees', async () => {
    const carer = await signIn(t.deps, { username: 'demo-carer', password: 'tandem-demo' });
    const worker = await signIn(t.deps, { username: 'demo-worker', password: 'tandem-demo' });
    const [link] = await t.repositories.organisation.listCarerLinksForCarer(carer.actor.carerId ?? '');
    const views = await getCarerViews(t.deps, { personId: link?.personId ?? '' }, carer.actor);
    expect(views.views).toHaveLength(1);
    expect(views.invitations).toHaveLength(1);
    expect(await listCarerAssessmentRequests(t.deps, worker.actor)).toEqual([
      expect.objectContaining({ status: 'requested', personId: link?.personId }),
    ]);
  });

  it('imports the service’s own questionnaire, which one person on the demo worker’s caseload answers every four weeks', async () => {
    const worker = await signIn(t.deps, { username: 'demo-worker', password: 'tandem-demo' });
    const [row] = await rowsOf<{ person_id: string; n: number }>(sql`
      select person_id, count(*)::int as n from instrument_response where instrument_id = 'how-this-week-went' group by person_id`);
    expect(row?.n).toBe(3);
    const view = await getQuestionnaires(t.deps, { personId: row?.person_id ?? '' }, worker.actor);
    expect(view.trends).toEqual([
      expect.objectContaining({
        title: 'How this week went',
        points: [
          expect.objectContaining({ value: 3 }),
          expect.objectContaining({ value: 5 }),
          expect.objectContaining({ value: 8 }),
        ],
      }),
    ]);
    expect(view.open).toEqual([expect.objectContaining({ origin: 'care_team', dueOn: '2026-06-15' })]);
  });

  it('records about 20,000 contacts of plausible length, about one in twenty beyond routine', async () => {
    const [row] = await rowsOf<{ n: number; beyond: number; shortest: number; longest: number; two: number }>(sql`
      select count(*)::int as n, count(*) filter (where beyond_routine and beyond_routine_note is not null)::int as beyond,
        min(duration_minutes) as shortest, max(duration_minutes) as longest,
        (select count(*)::int from (select contact_id from contact_worker group by contact_id having count(*) = 2) pairs) as two
      from contact`);
    expect(Number(row?.n)).toBe(summary.contacts);
    expect(summary.contacts).toBeGreaterThanOrEqual(16_000);
    expect(summary.contacts).toBeLessThanOrEqual(24_000);
    expect(Number(row?.beyond) / summary.contacts).toBeGreaterThan(0.03);
    expect(Number(row?.beyond) / summary.contacts).toBeLessThan(0.07);
    expect([row?.shortest, row?.longest]).toEqual([10, 90]);
    expect(Number(row?.two)).toBeGreaterThan(0);
    const modes = await rowsOf<{ mode: string }>(sql`select distinct mode from contact order by mode`);
    expect(modes.map((m) => m.mode)).toEqual(['clinic', 'community', 'home', 'other', 'phone', 'video']);
  });

  it('gives every person exactly one open care coordinator', async () => {
    expect(
      await count(sql`
      select count(*)::int as n from person p
      where (select count(*) from care_team_membership m
             where m.person_id = p.id and m.role = 'care_coordinator' and m.ends_on is null) <> 1`),
    ).toBe(0);
  });

  it('has people who had two or three care coordinators in the last year, each change with a reason and a note', async () => {
    const changes = await rowsOf<{ coordinators: number; n: number }>(sql`
      select coordinators, count(*)::int as n from (
        select person_id, count(distinct worker_id)::int as coordinators from care_team_membership
        where role = 'care_coordinator' and (ends_on is null or ends_on > '2025-06-15') group by person_id) per_person
      group by coordinators order by coordinators`);
    const people = new Map(changes.map((c) => [Number(c.coordinators), Number(c.n)]));
    expect(people.get(2)).toBeGreaterThanOrEqual(20);
    expect(people.get(3)).toBeGreaterThanOrEqual(1);
    const reasons = await rowsOf<{ end_reason: string }>(sql`
      select distinct end_reason from care_team_membership where role = 'care_coordinator' and ends_on is not null order by 1`);
    expect(reasons.map((r) => r.end_reason)).toEqual([
      'caseload_rebalanced',
      'person_asked_for_change',
      'worker_left_service',
    ]);
    expect(
      await count(sql`
      select count(*)::int as n from care_team_membership
      where role = 'care_coordinator' and ends_on is not null and handover_note is null`),
    ).toBe(0);
  });

  it('puts at each contact only workers who were in the person’s care team that day', async () => {
    expect(
      await count(sql`
      select count(*)::int as n from contact_worker cw join contact c on c.id = cw.contact_id
      where not exists (
        select 1 from care_team_membership m
        where m.person_id = cw.person_id and m.worker_id = cw.worker_id
          and m.starts_on <= (c.occurred_at at time zone 'UTC')::date
          and (m.ends_on is null or m.ends_on > (c.occurred_at at time zone 'UTC')::date))`),
    ).toBe(0);
  });

  it('gives each person one review not yet held: some overdue, some due within four weeks, most later', async () => {
    const [row] = await rowsOf<{ n: number; held: number; overdue: number; soon: number; later: number }>(sql`
      select count(*)::int as n, count(held_on)::int as held,
        count(*) filter (where due_on < '2026-06-15')::int as overdue,
        count(*) filter (where due_on >= '2026-06-15' and due_on <= '2026-07-13')::int as soon,
        count(*) filter (where due_on > '2026-07-13')::int as later,
        count(distinct person_id)::int as people
      from review where held_on is null`);
    expect(row).toMatchObject({ n: 200, held: 0, people: 200 });
    // Held: only the two reviews the demo carer was at.
    expect(await count(sql`select count(*)::int as n from review where held_on is not null`)).toBe(2);
    expect(Number(row?.overdue)).toBeGreaterThanOrEqual(5);
    expect(Number(row?.soon)).toBeGreaterThanOrEqual(10);
    expect(Number(row?.later)).toBeGreaterThan(100);
  });

  it('shows the demo person on the demo worker’s caseload, with two coordinators this year and a recent contact', async () => {
    const worker = await signIn(t.deps, { username: 'demo-worker', password: 'tandem-demo' });
    expect(worker.actor.displayName).toBe(DEMO_WORKER.name.full);
    const caseload = await getCaseload(t.deps, worker.actor);
    expect(caseload.length).toBeGreaterThanOrEqual(10);
    expect(caseload.length).toBeLessThanOrEqual(15);
    const person = await signIn(t.deps, { username: 'demo-person', password: 'tandem-demo' });
    const entry = caseload.find((e) => e.personId === person.actor.personId);
    expect(entry).toMatchObject({ name: DEMO_PERSON.name, role: 'care_coordinator', reviewStatus: 'due_soon' });
    expect(entry?.careCoordinatorsLast12Months).toBeGreaterThanOrEqual(2);
    expect(entry?.daysSinceLastContact).toBeLessThanOrEqual(7);
    const history = await t.repositories.careTeams.listForPerson(person.actor.personId ?? '');
    const coordinators = history.filter((m) => m.role === 'care_coordinator');
    expect(new Set(coordinators.map((m) => m.workerId)).size).toBeGreaterThanOrEqual(2);
    expect(coordinators.find((m) => m.endsOn === null)?.workerId).toBe(worker.actor.workerId);
  });

  it('loads meetings with their ratings, areas and actions, and both sides’ feedback', async () => {
    const [row] = await rowsOf<{
      meetings: number;
      rated: number;
      feedback: number;
      areas: number;
      actions: number;
    }>(sql`
      select (select count(*)::int from meeting) as meetings,
        (select count(*)::int from meeting m join instrument_response r on r.id = m.ratings_response_id and r.person_id = m.person_id) as rated,
        (select count(*)::int from relationship_feedback) as feedback,
        (select count(*)::int from meeting_area) as areas, (select count(*)::int from meeting_action) as actions`);
    expect(row).toMatchObject({ meetings: summary.meetings, rated: summary.meetings, feedback: summary.feedback });
    expect(summary.meetings).toBeGreaterThan(600);
    expect(Number(row?.areas)).toBeGreaterThan(summary.meetings);
    expect(Number(row?.actions)).toBeGreaterThan(summary.meetings);
  });

  it('shows at least one relationship alert on the demo worker’s caseload', async () => {
    const worker = await signIn(t.deps, { username: 'demo-worker', password: 'tandem-demo' });
    const alerts = await getCaseloadAlerts(t.deps, worker.actor);
    expect(alerts.length).toBeGreaterThanOrEqual(1);
    const caseload = await getCaseload(t.deps, worker.actor);
    expect(alerts.every((alert) => caseload.some((entry) => entry.personId === alert.personId))).toBe(true);
  });

  it('opens the demo person’s next meeting with the open actions of this week’s meeting, after a history of ratings', async () => {
    const worker = await signIn(t.deps, { username: 'demo-worker', password: 'tandem-demo' });
    const person = await signIn(t.deps, { username: 'demo-person', password: 'tandem-demo' });
    const personId = person.actor.personId ?? '';
    const opening = await getMeetingOpening(t.deps, { personId }, worker.actor);
    expect(opening.lastMeeting?.leadWorkerId).toBe(worker.actor.workerId);
    expect(TEST_NOW.getTime() - (opening.lastMeeting?.occurredAt.getTime() ?? 0)).toBeLessThan(7 * 86_400_000);
    expect(opening.openActions.length).toBeGreaterThanOrEqual(1);
    expect(opening.openActions.every((action) => action.meetingId === opening.lastMeeting?.id)).toBe(true);
    const history = await getRatingHistory(t.deps, { personId }, worker.actor);
    expect(history.meetings.length).toBeGreaterThanOrEqual(2);
    expect(
      history.areas.find((area) => area.area.id === 'mental-health')?.history.every((point) => point.value !== null),
    ).toBe(true);
  });

  it('has the demo person share each answer, and asks them about this week’s meeting', async () => {
    const person = await signIn(t.deps, { username: 'demo-person', password: 'tandem-demo' });
    const view = await getRelationshipFeedback(t.deps, { personId: person.actor.personId ?? '' }, person.actor);
    expect(view.preference).toEqual({ visibility: 'individual', isDefault: false });
    expect(view.relationships.length).toBeGreaterThanOrEqual(1);
    expect(view.invitations.length).toBeGreaterThanOrEqual(1);
  });

  it('signs in every demo account with the demo password, in its role', async () => {
    const roles: Record<string, string> = {
      'demo-worker': 'worker',
      'demo-person': 'service_user',
      'demo-carer': 'carer',
      'demo-manager': 'team_manager',
      'demo-researcher': 'researcher',
      'demo-admin': 'admin',
      'demo-student': 'student',
      'demo-ips-specialist': 'worker',
      'demo-ips-lead': 'team_manager',
    };
    for (const [username, role] of Object.entries(roles)) {
      const { actor } = await signIn(t.deps, { username, password: 'tandem-demo' });
      expect(actor.role).toBe(role);
    }
    expect(summary.accounts.map((a) => a.username)).toEqual(Object.keys(roles));
  });

  it('shows the administrator which demo staff sign in through the organisation, and that none uses an app', async () => {
    const admin = (await signIn(t.deps, { username: 'demo-admin', password: 'tandem-demo' })).actor;
    const staff = [];
    for (const username of ['demo-manager', 'demo-researcher', 'demo-worker']) {
      staff.push(
        ...(await listAccounts(t.deps, { search: username }, admin)).accounts.filter((a) => a.username === username),
      );
    }
    expect(
      staff.map(({ username, ssoUsername, usesSecondFactor }) => ({ username, ssoUsername, usesSecondFactor })),
    ).toEqual([
      { username: 'demo-manager', ssoUsername: 'demo-manager@demo.tandem.example', usesSecondFactor: false },
      { username: 'demo-researcher', ssoUsername: 'demo-researcher@demo.tandem.example', usesSecondFactor: false },
      { username: 'demo-worker', ssoUsername: null, usesSecondFactor: false },
    ]);
  });

  it('opens a Recovery College with two terms, about 20 published courses, both kinds of trainer and a few hundred students', async () => {
    const prospectus = await getProspectus(t.deps, {});
    expect(prospectus.terms.map((term) => term.name)).toEqual(['Last term', 'Next term']);
    expect(prospectus.courses).toHaveLength(20);
    for (const course of prospectus.courses) {
      for (const session of course.sessions) {
        expect(session.trainers.map((trainer) => trainer.experience).sort()).toEqual(['peer', 'practitioner']);
      }
    }
    expect(prospectus.courses.some((course) => course.placesLeft === 0)).toBe(true);
    expect(await t.repositories.college.countStudents()).toBeGreaterThanOrEqual(300);
    const worker = await signIn(t.deps, { username: 'demo-worker', password: 'tandem-demo' });
    expect((await listTrainerSessions(t.deps, worker.actor)).length).toBeGreaterThan(0);
    const student = await signIn(t.deps, { username: 'demo-student', password: 'tandem-demo' });
    expect((await listMyCourses(t.deps, student.actor)).enrolments.map((e) => e.enrolment.status)).toEqual(['waiting']);
    const person = await signIn(t.deps, { username: 'demo-person', password: 'tandem-demo' });
    expect((await listMyCourses(t.deps, person.actor)).student.kind).toBe('service_user');
  });

  it('shares the demo person’s learning goal, linked to their care plan, with their care coordinator, and has course feedback', async () => {
    const person = await signIn(t.deps, { username: 'demo-person', password: 'tandem-demo' });
    const worker = await signIn(t.deps, { username: 'demo-worker', password: 'tandem-demo' });
    const shared = await getSharedCollegeLife(t.deps, person.actor.personId ?? '', worker.actor);
    expect(shared?.goals[0]?.carePlanGoal).toEqual(expect.any(String));
    expect(await count(sql`select count(*)::int as n from college_course_feedback`)).toBeGreaterThan(20);
  });

  it('links the demo carer to the demo person with care team, contacts and care plan shared, and the manager to team 1', async () => {
    const carer = await signIn(t.deps, { username: 'demo-carer', password: 'tandem-demo' });
    const person = await signIn(t.deps, { username: 'demo-person', password: 'tandem-demo' });
    const links = await t.repositories.organisation.listCarerLinksForCarer(carer.actor.carerId ?? '');
    expect(links).toEqual([
      expect.objectContaining({
        personId: person.actor.personId,
        sharedScopes: ['care_team', 'contacts', 'care_plan'],
      }),
    ]);
    const manager = await signIn(t.deps, { username: 'demo-manager', password: 'tandem-demo' });
    const worker = await signIn(t.deps, { username: 'demo-worker', password: 'tandem-demo' });
    const [managerRecord, workerRecord] = await Promise.all([
      t.repositories.organisation.findWorker(manager.actor.workerId ?? ''),
      t.repositories.organisation.findWorker(worker.actor.workerId ?? ''),
    ]);
    expect(managerRecord?.profession).toBe('Team manager');
    expect(managerRecord?.teamId).toBe(workerRecord?.teamId);
  });

  it('refuses to load into a database that already holds an organisation, and changes nothing', async () => {
    await expect(loadDemoOrganisation(t.deps, { scale: 1, today: TEST_NOW })).rejects.toMatchObject({
      code: 'conflict',
    });
    expect(await count(sql`select count(*)::int as n from person`)).toBe(200);
  });

  it('refuses a scale or seed it cannot honour', async () => {
    await expect(loadDemoOrganisation(t.deps, { scale: 0, today: TEST_NOW })).rejects.toMatchObject({
      code: 'bad_request',
    });
    await expect(loadDemoOrganisation(t.deps, { scale: 1, seed: 1.5, today: TEST_NOW })).rejects.toMatchObject({
      code: 'bad_request',
    });
  });

  it('runs a year of IPS: the employment rate near 40% at one site and clearly lower at the other, and one fidelity review', async () => {
    const outcomes = await getIpsOutcomes(t.deps, {}, SYSTEM_ACTOR);
    const sites = outcomes.groups.filter((g) => g.level === 'site');
    expect(sites).toHaveLength(2);
    // The last full quarter, and the mean over the four.
    const mean = (g: (typeof sites)[number]) =>
      g.quarters.filter((q) => q.rate !== null).reduce((sum, q) => sum + q.rate!, 0) /
      g.quarters.filter((q) => q.rate !== null).length;
    const [high, low] = [...sites].sort((a, b) => mean(b) - mean(a));
    expect(mean(high!)).toBeGreaterThan(0.28);
    expect(mean(high!)).toBeLessThan(0.55);
    expect(mean(high!) - mean(low!)).toBeGreaterThan(0.12);
    expect(outcomes.groups.filter((g) => g.level === 'specialist')).toHaveLength(2);
    const teams = await t.repositories.organisation.listTeams();
    const reviews = await Promise.all(teams.map((team) => t.repositories.ips.listFidelityReviews(team.id)));
    expect(reviews.flat()).toHaveLength(1);
    expect(teams.find((team) => team.id === reviews.flat()[0]!.teamId)?.name).toBe('IPS employment team');
    // The specialists' ordinary contacts: all of them IPS work, and support carries on after jobs start.
    const fidelity = await getIpsFidelity(t.deps, { teamId: reviews.flat()[0]!.teamId }, SYSTEM_ACTOR);
    const indicator = (key: string) => fidelity.indicators.find((i) => i.key === key)?.value;
    expect(indicator('employment_time_share')).toBe(1);
    expect(indicator('follow_along_share')).toBeGreaterThan(0.5);
    expect(indicator('caseload_per_specialist')).toBeLessThanOrEqual(24);
  });

  it('signs the IPS specialist in to her IPS caseload and the IPS team’s lead to the team’s fidelity review', async () => {
    const specialist = (await signIn(t.deps, { username: 'demo-ips-specialist', password: 'tandem-demo' })).actor;
    const caseload = await getIpsCaseload(t.deps, specialist);
    expect(caseload.people.length).toBeGreaterThanOrEqual(10);
    expect((await t.repositories.organisation.findWorker(specialist.workerId ?? ''))?.name).toBe('Kim Okafor');
    const lead = (await signIn(t.deps, { username: 'demo-ips-lead', password: 'tandem-demo' })).actor;
    const fidelity = await getIpsFidelity(t.deps, {}, lead);
    expect(fidelity.reviews.map((review) => review.total)).toEqual([98]);
    // The lead's outcomes cover both specialists, at both sites their team serves (ADR 0049).
    const theirs = await getIpsOutcomes(t.deps, {}, lead);
    const names = (level: string) => theirs.groups.filter((g) => g.level === level).map((g) => g.name);
    expect(names('specialist')).toEqual(['Kim Okafor', 'Lee Park']);
    expect(names('site')).toHaveLength(2);
  });

  it('gives each person the IPS specialists support a short job search of two, one with an employer record', async () => {
    const [referral] = await rowsOf<{ person_id: string }>(
      sql`select person_id from ips_referral order by person_id limit 1`,
    );
    const interests = await t.repositories.ips.listJobInterests(referral!.person_id);
    expect(interests).toHaveLength(2);
    expect(interests.some((i) => i.employerId !== null && i.employerLabel !== null)).toBe(true);
    expect(await count(sql`select count(*)::int as n from ips_job_interest`)).toBe(
      2 * (await count(sql`select count(*)::int as n from ips_referral`)),
    );
  });

  it('runs one IPS team of two specialists, each attached to the community teams of one site and in the care teams of the people they support', async () => {
    const { organisation, ips, careTeams } = t.repositories;
    const teams = await organisation.listTeams();
    const ipsTeam = teams.find((team) => team.name === 'IPS employment team')!;
    const staff = await organisation.listWorkers({ teamId: ipsTeam.id });
    expect(staff.filter((w) => w.profession === 'Team manager').map((w) => w.name)).toEqual(['Ruth Adeyemi']);
    const specialists = staff.filter((w) => w.profession !== 'Team manager');
    expect(specialists.map((w) => w.name).sort()).toEqual(['Kim Okafor', 'Lee Park']);
    expect(await organisation.listPeople({ teamId: ipsTeam.id })).toEqual([]);
    const attachments = await ips.listAttachments(ipsTeam.id);
    const siteOf = (teamId: string) => teams.find((team) => team.id === teamId)!.siteId;
    for (const specialist of specialists) {
      const attached = attachments.filter((a) => a.workerId === specialist.id).map((a) => a.teamId);
      expect(attached.length).toBeGreaterThanOrEqual(1);
      expect(attached.length).toBeLessThanOrEqual(2);
      expect(new Set(attached.map(siteOf)).size).toBe(1);
      const caseload = await ips.listSpecialistCaseload(specialist.id);
      // Each supports people of every community team they are attached to, from inside their care teams.
      expect(new Set(caseload.map((c) => c.teamId))).toEqual(new Set(attached));
      for (const entry of caseload.slice(0, 3)) {
        const memberships = await careTeams.listActiveForWorker(entry.personId, specialist.id, '2026-06-15');
        expect(memberships.map((m) => m.role)).toContain('ips_employment_specialist');
      }
    }
    expect(new Set(attachments.map((a) => siteOf(a.teamId))).size).toBe(2);
  });
});
