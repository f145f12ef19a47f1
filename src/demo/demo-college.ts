import { createHash } from 'node:crypto';
import { SYSTEM_ACTOR } from '../domain/accounts/actor';
import type { StudentKind, TrainerExperience } from '../domain/college/college-rules';
import type { AccountRecord } from '../services/accounts/ports';
import type { CourseRecord, EnrolmentRecord, StudentRecord, TermRecord } from '../services/college/ports';
import type { Repositories, ServiceDeps } from '../services/ports';
import { DEMO_PASSWORD } from './demo-accounts';
import { createRandom } from './seeded-random';

// The demo Recovery College: last term (finished, with attendance) and next term (starting in a
// week, some courses full with a waiting list), about 20 courses, peer and practitioner trainers,
// and a few hundred students of every kind. The demo worker is a practitioner trainer, the demo
// person a student too, and demo-student a member of the public who signed up.

const COLLEGE_STREAM = 0xc011;
const DAY = 86_400_000;

const COURSES: readonly [title: string, summary: string, audience: string][] = [
  ['Understanding Anxiety', 'What anxiety is, how it shows itself, and ways people live well with it.', 'Anyone'],
  ['Finding Hope', 'Stories of recovery, and what hope means when things are hard.', 'Anyone'],
  ['Sleep Matters', 'How sleep works and small changes that help.', 'Anyone'],
  [
    'Living With Voices',
    'Hearing voices: ideas, approaches and mutual support.',
    'People who hear voices, and those close to them',
  ],
  [
    'Caring for Yourself as a Carer',
    'Looking after your own wellbeing while you support someone else.',
    'Carers, family and friends',
  ],
  ['Writing Your Recovery Story', 'Writing as a way to make sense of what happened and what comes next.', 'Anyone'],
  ['Mindfulness for Beginners', 'Simple practices of attention, tried together, at your own pace.', 'Anyone'],
  [
    'Back to Work, Your Way',
    'Thinking about work, volunteering and study, with people who have done it.',
    'Anyone thinking about work',
  ],
  ['Understanding Diagnosis', 'What diagnoses are, what they are not, and how to talk about them.', 'Anyone'],
  ['Money and Wellbeing', 'Budgeting, benefits and the worry money brings.', 'Anyone'],
  ['Food and Mood', 'How eating and mood affect each other, with cooking together.', 'Anyone'],
  ['Staying Well Plans', 'Making your own plan for staying well and for difficult times.', 'Anyone'],
  [
    'Getting the Most from Appointments',
    'Preparing for appointments and saying what matters to you.',
    'People who use services, and carers',
  ],
  ['Walking for Wellbeing', 'Gentle group walks and talk about movement and mood.', 'Anyone'],
  [
    'Managing Medication',
    'Questions to ask, side effects, and making choices together.',
    'People who use services, and carers',
  ],
  [
    'Peer Support Skills',
    'Listening, sharing experience and boundaries in peer support.',
    'Anyone interested in peer support',
  ],
  ['Understanding Trauma', 'How trauma affects people and what helps recovery.', 'Anyone'],
  ['Creative Recovery: Art', 'Making art together as a way to express and connect.', 'Anyone'],
  [
    'Recovery for Staff',
    'What recovery-focused practice means, taught by peers and practitioners.',
    'Staff, students and volunteers',
  ],
  ['Connecting with Your Community', 'Groups, places and activities near you, and how to start.', 'Anyone'],
];

const TRAINERS: readonly [first: string, last: string, experience: TrainerExperience][] = [
  ['Amira', 'Haddad', 'peer'],
  ['Ben', 'Okafor', 'peer'],
  ['Cerys', 'Lloyd', 'peer'],
  ['Dev', 'Mistry', 'peer'],
  ['Ellie', 'Marsh', 'peer'],
  ['Femi', 'Adeyemi', 'peer'],
  ['Grace', 'Nolan', 'practitioner'],
  ['Hassan', 'Rahman', 'practitioner'],
  ['Iona', 'Fraser', 'practitioner'],
  ['Jonah', 'Price', 'practitioner'],
  ['Kate', 'Brennan', 'practitioner'],
];

const PLACES = ['Room 1, The Hub, 12 Mill Street', 'Room 2, The Hub, 12 Mill Street', 'Central Library, meeting room'];
const FIRST = [
  'Alex',
  'Bea',
  'Cal',
  'Dee',
  'Eli',
  'Fay',
  'Gus',
  'Hana',
  'Ivo',
  'Jas',
  'Kit',
  'Lou',
  'Mo',
  'Nia',
  'Oli',
];
const LAST = [
  'Adams',
  'Bell',
  'Clarke',
  'Doyle',
  'Evans',
  'Ford',
  'Green',
  'Hughes',
  'Iqbal',
  'Jones',
  'Khan',
  'Lewis',
];
const KINDS: readonly (readonly [StudentKind, number])[] = [
  ['service_user', 45],
  ['carer', 20],
  ['staff', 15],
  ['other', 20],
];

export const DEMO_COLLEGE_STUDENTS = 300;
export const DEMO_STUDENT_USERNAME = 'demo-student';

/** A stable id for the n-th demo record of a family: the same seed gives the same ids. */
function demoId(seed: number, family: string, n: number): string {
  const hex = createHash('sha256').update(`college:${seed}:${family}:${n}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-7${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/**
 * Loads the demo college after the organisation: `links` names the demo worker's and demo person's
 * accounts, which become a practitioner trainer and a student. Returns the numbers written.
 */
export async function loadDemoCollege(
  deps: ServiceDeps,
  input: { seed: number; today: Date; workerAccountId: string | null; personAccountId: string | null },
): Promise<{ courses: number; students: number; enrolments: number }> {
  const random = createRandom(input.seed, COLLEGE_STREAM);
  const id = (family: string, n: number) => demoId(input.seed, family, n);
  const todayStart = Date.UTC(input.today.getUTCFullYear(), input.today.getUTCMonth(), input.today.getUTCDate());
  const lastTermStart = todayStart - 84 * DAY;
  const nextTermStart = todayStart + 7 * DAY;
  const terms: TermRecord[] = [
    {
      id: id('term', 0),
      name: 'Last term',
      startsOn: isoDay(lastTermStart),
      endsOn: isoDay(lastTermStart + 63 * DAY),
      version: 1,
    },
    {
      id: id('term', 1),
      name: 'Next term',
      startsOn: isoDay(nextTermStart),
      endsOn: isoDay(nextTermStart + 63 * DAY),
      version: 1,
    },
  ];
  // All demo accounts share the demo password; hashing it once keeps a few hundred students quick.
  const passwordHash = await deps.passwords.hash(DEMO_PASSWORD);
  let enrolments = 0;
  await deps.uow.run(async (r) => {
    for (const term of terms) await r.college.createTerm(term);
    const trainerIds = await writeTrainers(r, id, input.workerAccountId);
    const peers = trainerIds.filter((t) => t.experience === 'peer').map((t) => t.id);
    const practitioners = trainerIds.filter((t) => t.experience === 'practitioner').map((t) => t.id);
    const students = await writeStudents(r, id, random, passwordHash, input.personAccountId);
    for (const [n, [title, summary, audience]] of COURSES.entries()) {
      const isPast = n % 2 === 0;
      const termStart = isPast ? lastTermStart : nextTermStart;
      const capacity = random.pick([8, 10, 12, 15]);
      const course: CourseRecord = {
        id: id('course', n),
        termId: terms[isPast ? 0 : 1]!.id,
        title,
        summary,
        audience,
        accessibility: 'Step-free access and a hearing loop. Tell us what else would help you take part.',
        designedBy: 'Designed together by peer and practitioner trainers with students from earlier terms',
        capacity,
        status: 'published',
        version: 1,
      };
      await r.college.createCourse(course);
      const weeks = random.int(3, 6);
      const isOnline = n % 5 === 3;
      const sessionIds: string[] = [];
      for (let week = 0; week < weeks; week += 1) {
        const startsAt = new Date(termStart + (week * 7 + (n % 5)) * DAY + (10 + (n % 3) * 3) * 3_600_000);
        const sessionId = id(`session-${n}`, week);
        sessionIds.push(sessionId);
        await r.college.createSession({
          id: sessionId,
          courseId: course.id,
          startsAt,
          endsAt: new Date(startsAt.getTime() + 2 * 3_600_000),
          place: isOnline ? 'Video call: the link comes by email the day before' : PLACES[n % PLACES.length]!,
          isOnline,
          trainerIds: [peers[n % peers.length]!, practitioners[n % practitioners.length]!],
        });
      }
      enrolments += await enrol(r, { id, random, course, students, isPast, termStart, sessionIds, n });
    }
  });
  return { courses: COURSES.length, students: DEMO_COLLEGE_STUDENTS + 1, enrolments };
}

async function writeTrainers(
  r: Repositories,
  id: (family: string, n: number) => string,
  workerAccountId: string | null,
): Promise<{ id: string; experience: TrainerExperience }[]> {
  const written = [];
  for (const [n, [firstName, lastName, experience]] of TRAINERS.entries()) {
    // The demo worker signs in as the first practitioner trainer, to see sessions and registers.
    const accountId = n === TRAINERS.findIndex((t) => t[2] === 'practitioner') ? workerAccountId : null;
    const trainer = { id: id('trainer', n), firstName, lastName, experience, accountId, version: 1 };
    await r.college.createTrainer(trainer);
    written.push(trainer);
  }
  return written;
}

async function writeStudents(
  r: Repositories,
  id: (family: string, n: number) => string,
  random: ReturnType<typeof createRandom>,
  passwordHash: string,
  personAccountId: string | null,
): Promise<StudentRecord[]> {
  const students: StudentRecord[] = [];
  for (let n = 0; n <= DEMO_COLLEGE_STUDENTS; n += 1) {
    const isDemoStudent = n === DEMO_COLLEGE_STUDENTS;
    const name = isDemoStudent ? 'Robin Demo' : `${FIRST[n % FIRST.length]} ${LAST[(n * 7) % LAST.length]}`;
    const account: AccountRecord = {
      id: id('account', n),
      username: isDemoStudent ? DEMO_STUDENT_USERNAME : `demo-student-${String(n + 1).padStart(3, '0')}`,
      passwordHash,
      role: 'student',
      workerId: null,
      personId: null,
      carerId: null,
      disabledAt: null,
      mustChangePassword: false,
      lastSignInAt: null,
    };
    await r.accounts.create(account);
    const student: StudentRecord = {
      id: id('student', n),
      accountId: account.id,
      name,
      email: `${account.username}@example.org`,
      kind: isDemoStudent ? 'other' : random.weighted(KINDS),
    };
    await r.college.createStudent(student);
    students.push(student);
  }
  if (personAccountId) {
    const student: StudentRecord = {
      id: id('student', DEMO_COLLEGE_STUDENTS + 1),
      accountId: personAccountId,
      name: 'Demo Person',
      email: 'demo-person@example.org',
      kind: 'service_user',
    };
    await r.college.createStudent(student);
  }
  return students;
}

async function enrol(
  r: Repositories,
  c: {
    id: (family: string, n: number) => string;
    random: ReturnType<typeof createRandom>;
    course: CourseRecord;
    students: StudentRecord[];
    isPast: boolean;
    termStart: number;
    sessionIds: string[];
    n: number;
  },
): Promise<number> {
  // Every third course of next term is full, with a short waiting list.
  const isFull = !c.isPast && c.n % 3 === 1;
  const count = isFull ? c.course.capacity + 3 : c.random.int(Math.floor(c.course.capacity / 2), c.course.capacity);
  const chosen = new Set<number>();
  // The public demo student is on the waiting list of the first full course, and nowhere else.
  while (chosen.size < count) chosen.add(c.random.int(0, c.students.length - 2));
  let written = 0;
  for (const [k, index] of [...chosen].entries()) {
    const student = c.students[index]!;
    const enrolment: EnrolmentRecord = {
      id: c.id(`enrolment-${c.n}`, k),
      courseId: c.course.id,
      studentId: student.id,
      status: k < c.course.capacity ? 'enrolled' : 'waiting',
      queuedAt: new Date(c.termStart - (30 - k) * 3_600_000),
      offerExpiresAt: null,
      endedAt: null,
      updatedAt: new Date(c.termStart - (30 - k) * 3_600_000),
    };
    await r.college.createEnrolment(enrolment);
    written += 1;
    if (c.isPast && enrolment.status === 'enrolled') {
      await r.college.setAttendance(
        c.sessionIds.map((sessionId) => ({
          sessionId,
          studentId: student.id,
          attended: c.random.chance(0.8),
          markedByAccountId: SYSTEM_ACTOR.accountId,
          markedAt: new Date(c.termStart),
        })),
      );
    }
  }
  if (c.n === 1) {
    const demoStudent = c.students.at(-1)!;
    await r.college.createEnrolment({
      id: c.id(`enrolment-${c.n}`, count),
      courseId: c.course.id,
      studentId: demoStudent.id,
      status: 'waiting',
      queuedAt: new Date(c.termStart - 3_600_000),
      updatedAt: new Date(c.termStart - 3_600_000),
      offerExpiresAt: null,
      endedAt: null,
    });
    written += 1;
  }
  return written;
}

const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);
