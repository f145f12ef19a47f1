import { z } from 'zod';
import { COLLEGE_LIMITS, containsHtml, STUDENT_KINDS, TRAINER_EXPERIENCES } from '../../domain/college/college-rules';
import { isoDate } from './common.schema';
import { text } from './text.schema';

// The Recovery College's requests: the prospectus's filters, signing up, enrolling, and running courses.

/** Course text is shown as written: markup is refused, so no one's words can become a page's code. */
const plain = (max: number, required = true) =>
  text()
    .trim()
    .max(max, `At most ${max.toLocaleString('en-GB')} characters.`)
    .min(required ? 1 : 0, 'Fill this in.')
    .refine((value) => !containsHtml(value), 'Write this as plain text, without HTML tags.');

const instant = z.iso.datetime({ offset: true, error: 'Give the time as an ISO 8601 date and time.' });

export const prospectusQuery = z.object({
  q: text().max(200, 'At most 200 characters.').optional(),
  termId: z.uuid({ error: 'That is not a valid term.' }).optional(),
  format: z.enum(['in_person', 'online'], { error: 'Choose in person or online.' }).optional(),
  hasPlaces: z
    .enum(['true', 'false'])
    .transform((value) => value === 'true')
    .optional(),
});

const studentDetails = {
  name: plain(120),
  email: z.email({ error: 'Give an email address, like name@example.org.' }).max(254),
  kind: z.enum(STUDENT_KINDS, { error: 'Choose what describes you best.' }),
};

export const registerStudentBody = z.object({
  ...studentDetails,
  username: text().max(64, 'At most 64 characters.'),
  password: z.string().max(512),
});

export const joinCollegeBody = z.object(studentDetails);

export const changeEnrolmentBody = z.object({
  change: z.enum(['cancel', 'accept_offer', 'decline_offer'], { error: 'Say whether to cancel, accept or decline.' }),
});

export const createTermBody = z.object({ name: plain(80), startsOn: isoDate, endsOn: isoDate });

export const createTrainerBody = z.object({
  firstName: plain(60),
  lastName: plain(60),
  experience: z.enum(TRAINER_EXPERIENCES, { error: 'Choose lived experience (peer) or professional (practitioner).' }),
  username: text().max(64).nullish(),
  isLead: z.boolean().optional(),
});

export const updateTermBody = createTermBody.extend({ version: z.number().int().min(1) });

export const updateTrainerBody = z.object({
  version: z.number().int().min(1),
  firstName: plain(60),
  lastName: plain(60),
  experience: z.enum(TRAINER_EXPERIENCES, { error: 'Choose lived experience (peer) or professional (practitioner).' }),
  isLead: z.boolean({ error: 'Say whether they lead the college.' }),
});

const courseFields = {
  title: plain(COLLEGE_LIMITS.maxTitleLength),
  summary: plain(COLLEGE_LIMITS.maxTextLength),
  audience: plain(COLLEGE_LIMITS.maxTextLength),
  accessibility: plain(COLLEGE_LIMITS.maxTextLength, false),
  designedBy: plain(COLLEGE_LIMITS.maxTextLength),
  capacity: z
    .number({ error: 'Give the number of places.' })
    .int('Places are whole numbers.')
    .min(1, 'A course has at least one place.')
    .max(COLLEGE_LIMITS.maxCapacity, `At most ${COLLEGE_LIMITS.maxCapacity} places.`),
};

export const createCourseBody = z.object({ termId: z.uuid({ error: 'Choose a term.' }), ...courseFields });

export const updateCourseBody = z.object({ version: z.number().int().min(1), ...courseFields });

export const addSessionBody = z.object({
  startsAt: instant,
  endsAt: instant,
  place: plain(300),
  isOnline: z.boolean().default(false),
  trainerIds: z.array(z.uuid({ error: 'That is not a valid trainer.' })).max(6),
  roomId: z.uuid({ error: 'That is not a valid room.' }).nullish(),
});

export const markAttendanceBody = z.object({
  marks: z.array(z.object({ studentId: z.uuid(), attended: z.boolean() })).max(COLLEGE_LIMITS.maxCapacity),
});

export type RegisterStudentBody = z.infer<typeof registerStudentBody>;
export type JoinCollegeBody = z.infer<typeof joinCollegeBody>;
export type AddSessionBody = z.input<typeof addSessionBody>;
export type CreateCourseBody = z.infer<typeof createCourseBody>;
export type UpdateTermBody = z.infer<typeof updateTermBody>;
export type UpdateTrainerBody = z.infer<typeof updateTrainerBody>;
export type CreateTermBody = z.infer<typeof createTermBody>;
