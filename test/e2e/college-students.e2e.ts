import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestSmtpServer, type TestSmtpServer } from '../support/smtp-server';
import { DEMO_PASSWORD, expectNoAxeViolations, launchBrowser, signIn, VIEWPORTS } from './support/browser';
import { startTandemServer } from './support/e2e-global-setup';

// The students' side of the Recovery College, on a server of its own that sends email to an SMTP
// server in this process, so the journey reads the offer of a place that arrives.
let browser: Browser;
let smtp: TestSmtpServer;
let server: Awaited<ReturnType<typeof startTandemServer>>;
beforeAll(async () => {
  browser = await launchBrowser();
  smtp = await startTestSmtpServer();
  server = await startTandemServer(Number(process.env.TANDEM_E2E_COLLEGE_STUDENTS_PORT ?? 3971), {
    TANDEM_SMTP_URL: smtp.url,
    TANDEM_MAIL_FROM: 'college@service.test',
  });
}, 300_000);
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await smtp?.close();
});

type Call = <T>(method: string, path: string, body?: unknown) => Promise<T>;

/** A signed-in API client on this journey's server, for setting up what the journey needs. */
async function api(username: string, password = DEMO_PASSWORD): Promise<Call> {
  const signedIn = await fetch(`${server.baseUrl}/api/v1/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (!signedIn.ok) throw new Error(`${username} could not sign in: ${signedIn.status}`);
  const cookie = signedIn.headers.get('set-cookie')!.split(';')[0]!;
  const { csrfToken } = (await signedIn.json()) as { csrfToken: string };
  return async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const response = await fetch(`${server.baseUrl}/api/v1${path}`, {
      method,
      headers: { cookie, 'x-csrf-token': csrfToken, ...(body ? { 'content-type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
    return (response.status === 204 ? undefined : await response.json()) as T;
  };
}

async function open(viewport: keyof typeof VIEWPORTS): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: VIEWPORTS[viewport], baseURL: server.baseUrl, locale: 'en-GB' });
  return { context, page: await context.newPage() };
}

const look = (page: Page, name: string) =>
  page.screenshot({ path: `/tmp/college-students-e2e-${name}.png`, fullPage: true });

/** A published course of one place, taken by another student; returns its title and that student's enrolment. */
async function fullCourse(stamp: number) {
  const admin = await api('demo-admin');
  const setup = await admin<{ terms: { id: string }[]; trainers: { id: string; experience: string }[] }>(
    'GET',
    '/college/setup',
  );
  const title = `Telling Your Story ${stamp}`;
  const course = await admin<{ id: string }>('POST', '/college/courses', {
    termId: setup.terms.at(-1)!.id,
    title,
    summary: 'Finding the words for your own story of recovery.',
    audience: 'Anyone',
    accessibility: 'Step-free access.',
    designedBy: 'Two peer trainers and a practitioner',
    capacity: 1,
  });
  const startsAt = new Date(Date.now() + 10 * 86_400_000);
  await admin('POST', `/college/courses/${course.id}/sessions`, {
    startsAt: startsAt.toISOString(),
    endsAt: new Date(startsAt.getTime() + 2 * 3_600_000).toISOString(),
    place: 'Room 1, The Hub',
    isOnline: false,
    trainerIds: [
      setup.trainers.find((t) => t.experience === 'peer')!.id,
      setup.trainers.find((t) => t.experience === 'practitioner')!.id,
    ],
  });
  await admin('POST', `/college/courses/${course.id}/publish`);
  const holderName = `holder-${stamp}`;
  await fetch(`${server.baseUrl}/api/v1/college/students`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      name: 'Pat Holder',
      email: `${holderName}@example.org`,
      kind: 'carer',
      username: holderName,
      password: 'a long walk by the river',
    }),
  });
  const holder = await api(holderName, 'a long walk by the river');
  const place = await holder<{ id: string; status: string }>('POST', `/college/courses/${course.id}/enrolments`);
  expect(place.status).toBe('enrolled');
  return { title, giveUp: () => holder('PUT', `/college/enrolments/${place.id}`, { change: 'cancel' }) };
}

describe('the students’ side of the Recovery College', () => {
  it('a member of the public signs up at phone size, enrols, waits for a full course, and accepts the place offered by email', async () => {
    const stamp = Date.now();
    const full = await fullCourse(stamp);
    const { context, page } = await open('phone');
    await page.goto('/college');
    await page.getByRole('heading', { level: 1, name: 'Recovery College prospectus' }).waitFor();
    await expectNoAxeViolations(page);

    await page.getByRole('link', { name: 'Sign up as a student' }).click();
    await page.getByRole('heading', { level: 1, name: 'Join the Recovery College' }).waitFor();
    const username = `public-${stamp}`;
    const email = `${username}@example.org`;
    await page.getByLabel('Your name').fill('Robin Public');
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Which describes you best?').selectOption('other');
    await page.getByLabel('Username').fill(username);
    await page.getByLabel('Password').fill('a quiet walk along the canal');
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Sign up' }).click();
    await page.getByRole('button', { name: 'Sign out' }).waitFor();
    await page.getByRole('heading', { level: 1, name: 'Recovery College prospectus' }).waitFor();

    // A course with places free: enrol (once the prospectus has drawn its courses after signing up).
    await page.getByText(/^\d+ courses$/).waitFor();
    await page.getByLabel('Only courses with places free').check();
    await page.getByRole('button', { name: 'Find courses' }).click();
    const openCourse = page
      .getByRole('article')
      .filter({ has: page.getByRole('button', { name: /^Enrol for / }) })
      .first();
    const openTitle = (await openCourse.getByRole('heading', { level: 2 }).textContent()) ?? '';
    await openCourse.getByRole('button', { name: /^Enrol for / }).click();
    await page.getByRole('article', { name: openTitle }).getByText('You have a place on this course.').waitFor();

    // The full course, found by searching: join its waiting list.
    await page.getByLabel('Only courses with places free').uncheck();
    await page.getByRole('searchbox', { name: 'Search courses' }).fill(String(stamp));
    await page.getByRole('button', { name: 'Find courses' }).click();
    const fullCard = page.getByRole('article', { name: full.title });
    await fullCard.getByText('Full: you can join the waiting list').waitFor();
    await fullCard.getByRole('button', { name: /^Join the waiting list for / }).click();
    await fullCard.getByText(/you are on the waiting list/).waitFor();
    await expectNoAxeViolations(page);
    await look(page, 'waiting-phone');

    // The student with the place gives it up; the offer comes by email, naming only the course.
    const before = smtp.messages.length;
    await full.giveUp();
    const offer = await waitForMail(email, before);
    expect(offer.subject).toBe('A place has come free on your course');
    expect(offer.text).toContain(full.title);
    expect(offer.text).not.toMatch(/Pat Holder|diagnos|care plan/i);

    await page.goto('/college/my-courses');
    const mine = page.getByRole('article', { name: full.title });
    await mine.getByText('A place is offered to you').waitFor();
    await expectNoAxeViolations(page);
    await mine.getByRole('button', { name: /^Accept the place/ }).click();
    await page.getByRole('article', { name: full.title }).getByText('You have a place').waitFor();
    await expectNoAxeViolations(page);
    await look(page, 'accepted-phone');
    await context.close();
  });

  it('a service user links a learning goal to their care plan and shares it; their care coordinator sees it on their record', async () => {
    const goal = `Speak up in a group (${Date.now()})`;
    const person = await open('desktop');
    await signIn(person.page, 'demo-person');
    await person.page.goto('/college/learning-plan');
    await person.page.getByRole('heading', { level: 1, name: 'Your learning plan' }).waitFor();
    await person.page.getByRole('heading', { level: 2, name: 'Add a goal' }).waitFor();
    await expectNoAxeViolations(person.page);
    const form = person.page.getByRole('form', { name: 'Add a learning goal' });
    await form.getByLabel('A new goal, in your words').fill(goal);
    const link = form.getByLabel(/^A goal in your care plan this helps with/);
    const carePlanGoal = ((await link.locator('option').nth(1).textContent()) ?? '').replace(/ \([^)]*\)$/, '');
    await link.selectOption({ index: 1 });
    await form.getByRole('button', { name: 'Add goal' }).click();
    const saved = person.page.getByRole('article', { name: goal });
    await saved.getByText(`Helps with this goal in your care plan: “${carePlanGoal}”`).waitFor();
    const share = person.page.getByRole('button', { name: 'Share with my care team' });
    if (await share.isVisible()) await share.click();
    await person.page.getByText('Your care team can see your learning goals and courses on your record.').waitFor();
    await expectNoAxeViolations(person.page);
    await look(person.page, 'learning-plan-desktop');

    const asPerson = await api('demo-person');
    const { me } = await asPerson<{ me: { personId: string } }>('GET', '/me');
    const worker = await open('desktop');
    await signIn(worker.page, 'demo-worker');
    await worker.page.goto(`/people/${me.personId}`);
    const college = worker.page.getByRole('region', { name: 'Recovery College' });
    const sharedGoal = college.getByRole('listitem').filter({ hasText: goal });
    await sharedGoal.getByText(`Linked to this goal in the care plan: “${carePlanGoal}”`).waitFor();
    await expectNoAxeViolations(worker.page);
    await look(worker.page, 'record-desktop');

    // Withdrawn: the next time the record is opened, nothing of the college is there.
    await person.page.getByRole('button', { name: 'Stop sharing with my care team' }).click();
    await person.page.getByText('Your care team cannot see anything of your studies.', { exact: false }).waitFor();
    await worker.page.reload();
    await worker.page.getByRole('heading', { level: 2, name: 'Care team now' }).waitFor();
    expect(await worker.page.getByRole('region', { name: 'Recovery College' }).count()).toBe(0);
    await person.context.close();
    await worker.context.close();
  });

  it('a student who attended downloads their certificate and gives feedback; a trainer reads the course feedback, on a phone', async () => {
    let username = '';
    let course: { courseId: string; title: string } | undefined;
    for (let n = 1; n <= 40 && !course; n += 1) {
      username = `demo-student-${String(n).padStart(3, '0')}`;
      const asStudent = await api(username);
      const { courses } = await asStudent<{
        courses: { courseId: string; title: string; hasAttended: boolean; hasGivenFeedback: boolean }[];
      }>('GET', '/college/attendance');
      course = courses.find((c) => c.hasAttended && !c.hasGivenFeedback);
    }
    expect(course).toBeDefined();
    const student = await open('phone');
    await signIn(student.page, username);
    await student.page.goto('/college/my-courses');
    const attended = student.page.getByRole('article', { name: course!.title }).last();
    const download = attended.getByRole('link', { name: /^Download your certificate of attendance/ });
    await download.waitFor();
    const response = await student.page.request.get((await download.getAttribute('href')) ?? '');
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('application/pdf');
    await attended.getByLabel('5, very helpful').check();
    await attended.getByLabel('What would you tell the trainers?').fill('Kind trainers, and I learnt a lot.');
    await attended.getByRole('button', { name: 'Send feedback' }).click();
    await attended.getByText('Thank you for your feedback on this course.').waitFor();
    await expectNoAxeViolations(student.page);
    await look(student.page, 'certificate-phone');
    await student.context.close();

    const trainer = await open('phone');
    await signIn(trainer.page, 'demo-worker');
    await trainer.page.goto('/college/feedback');
    await trainer.page.getByRole('heading', { level: 1, name: 'Course feedback' }).waitFor();
    await expectNoAxeViolations(trainer.page);
    await trainer.page
      .getByRole('link', { name: /^Read the feedback/ })
      .first()
      .click();
    await trainer.page.getByRole('heading', { level: 1, name: /^Feedback on / }).waitFor();
    await trainer.page.getByRole('heading', { level: 2, name: 'Without a name' }).waitFor();
    await expectNoAxeViolations(trainer.page);
    await look(trainer.page, 'feedback-phone');
    await trainer.context.close();
  });
});

async function waitForMail(to: string, after: number) {
  const deadline = Date.now() + 90_000;
  for (;;) {
    const found = smtp.messages.slice(after).find((m) => JSON.stringify(m.to).includes(to));
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`no email to ${to}`);
    await smtp.waitForMessages(smtp.messages.length + 1, Math.max(1, deadline - Date.now())).catch(() => undefined);
  }
}
