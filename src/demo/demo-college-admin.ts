import { createHash } from 'node:crypto';
import type { ServiceDeps } from '../services/ports';
import { recoveryCollegeFidelity } from '../domain/instruments/catalogue/recovery-college-fidelity';

// Running the demo college: its rooms, a lead, who delivered last term's sessions (now and then the
// peer trainer could not come), and a co-production meeting behind every course. Deterministic: ids
// are a hash of the seed, a family and a serial, and every choice follows from the course's number.

const DAY = 86_400_000;

const ROOMS = [
  {
    name: 'Room 1, The Hub',
    address: '12 Mill Street',
    capacity: 16,
    accessibility: 'Step-free access, hearing loop.',
  },
  {
    name: 'Room 2, The Hub',
    address: '12 Mill Street',
    capacity: 16,
    accessibility: 'Step-free access, quiet room next door.',
  },
  {
    name: 'Central Library, meeting room',
    address: 'Library Square',
    capacity: 20,
    accessibility: 'Lift to the first floor.',
  },
];

/** Two self-assessments half a year apart: co-production and social connectedness improving. */
const FIDELITY = [
  { daysAgo: 200, ratings: [2, 1, 1, 1, 0, 1, 2], notes: 'Co-production is patchy; nowhere to meet between sessions.' },
  { daysAgo: 20, ratings: [2, 2, 1, 2, 1, 1, 2], notes: 'Every course now co-produced; a weekly drop-in has started.' },
];

const LIVED = ['Sam', 'Priya', 'Joe', 'Tariq', 'Lou'];
const PROFESSIONAL = ['Nina (occupational therapist)', 'Owen (community nurse)', 'Rhiannon (psychologist)'];

function demoId(seed: number, family: string, n: number): string {
  const hex = createHash('sha256').update(`college-admin:${seed}:${family}:${n}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-7${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** Adds rooms, a college lead, delivery marks and design meetings to the demo college loaded before it. */
export async function loadDemoCollegeAdmin(
  deps: ServiceDeps,
  input: { seed: number; today: Date; leadAccountId: string | null },
): Promise<{ rooms: number; delivered: number; designNotes: number }> {
  let delivered = 0;
  let designNotes = 0;
  await deps.uow.run(async (r) => {
    for (const [n, room] of ROOMS.entries()) {
      await r.collegeAdmin.createRoom({ id: demoId(input.seed, 'room', n), ...room, version: 1 });
    }
    if (input.leadAccountId) {
      for (const [n, assessment] of FIDELITY.entries()) {
        await r.collegeAdmin.createFidelityAssessment({
          id: demoId(input.seed, 'fidelity', n),
          assessedOn: isoDay(input.today.getTime() - assessment.daysAgo * DAY),
          assessors: 'Sam and Priya (peer trainers), Nina (practitioner trainer), three students',
          instrumentVersion: recoveryCollegeFidelity.version,
          ratings: assessment.ratings,
          total: assessment.ratings.reduce((sum, rating) => sum + rating, 0),
          notes: assessment.notes,
          recordedByAccountId: input.leadAccountId,
        });
      }
    }
    // The demo worker, a practitioner trainer, also leads the college, so the demo shows how it is run.
    if (input.leadAccountId) {
      const lead = await r.college.findTrainerByAccount(input.leadAccountId);
      if (lead) await r.collegeAdmin.setTrainerLead(lead.id, true);
    }
    const courses = await r.college.listCourses({ publishedOnly: false });
    for (const [n, course] of courses.entries()) {
      const firstSession = course.sessions[0];
      if (firstSession) {
        const heldOn = isoDay(firstSession.startsAt.getTime() - (21 + (n % 4) * 7) * DAY);
        if (heldOn <= isoDay(input.today.getTime())) {
          await r.collegeAdmin.createDesignNote({
            id: demoId(input.seed, 'design-note', n),
            courseId: course.id,
            kind: 'meeting',
            heldOn,
            participants: [
              ...course.sessions[0]!.trainers.map((t) => ({
                name: t.firstName,
                hasLivedExperience: t.experience === 'peer',
              })),
              { name: LIVED[n % LIVED.length]!, hasLivedExperience: true },
              { name: PROFESSIONAL[n % PROFESSIONAL.length]!, hasLivedExperience: false },
            ],
            notes:
              'We went through last term’s feedback and agreed what to keep. Each session opens with the peer trainer’s own story of what helped, and ends with one small thing to try.',
            writtenByAccountId: '00000000-0000-0000-0000-000000000000',
            createdAt: new Date(`${heldOn}T17:00:00Z`),
          });
          designNotes += 1;
        }
      }
      for (const [week, session] of course.sessions.entries()) {
        if (session.startsAt.getTime() > input.today.getTime()) continue;
        // One session in seven the peer trainer could not come, so the practitioner delivered it alone.
        const trainers =
          (n + week) % 7 === 3 ? session.trainers.filter((t) => t.experience === 'practitioner') : session.trainers;
        await r.collegeAdmin.setDelivery(
          session.id,
          trainers.map((t) => t.id),
          '00000000-0000-0000-0000-000000000000',
          new Date(session.endsAt.getTime()),
        );
        delivered += 1;
      }
    }
  });
  return { rooms: ROOMS.length, delivered, designNotes };
}
