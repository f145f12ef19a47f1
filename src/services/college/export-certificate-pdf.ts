import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { Actor } from '../../domain/accounts/actor';
import { TRAINER_EXPERIENCE_LABELS } from '../../domain/college/college-rules';
import { AppError } from '../../domain/errors/app-error';
import { recordAudit } from '../audit/record-audit';
import { renderPdf } from '../care-plan/render-pdf';
import type { ServiceDeps } from '../ports';
import { attendanceOf, type AttendedCourse } from './attended-courses';
import { requireStudent } from './require-college-access';

const longDate = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/**
 * A certificate of attendance for a course the student attended (student-life.ts says what that
 * means), printed with the fonts every Tandem PDF uses, so a name in any script comes out. Refused,
 * saying why, for a course the student did not attend.
 */
export async function exportCertificatePdf(
  deps: ServiceDeps,
  courseId: string,
  actor: Actor,
): Promise<{ pdf: Buffer; fileName: string }> {
  const now = deps.now();
  const { attendance, studentName } = await deps.uow.run(async (repositories) => {
    const student = await requireStudent(repositories, actor);
    const found = await attendanceOf(repositories, courseId, student);
    if (!found) throw new AppError('not_found', 'There is no course with that id.');
    if (!found.hasAttended)
      throw new AppError(
        'conflict',
        found.sessions === 0
          ? 'This course has no sessions yet, so there is no attendance to certify.'
          : `A certificate is for a course you attended: at least half its sessions. You were marked present at ${found.attended} of ${found.sessions}.`,
        { sessions: found.sessions, attended: found.attended },
      );
    await recordAudit(repositories, actor, now, {
      action: 'college.certificate.export',
      detail: { courseId, attended: found.attended, sessions: found.sessions },
    });
    return { attendance: found, studentName: student.name };
  });
  const pdf = await renderPdf(certificateDocument(studentName, attendance, now));
  return { pdf, fileName: `certificate-of-attendance-${slug(attendance.course.title)}.pdf` };
}

/** The certificate: every piece of the student's and the college's text goes in as plain text. */
export function certificateDocument(studentName: string, a: AttendedCourse, issuedAt: Date): TDocumentDefinitions {
  const trainers = new Map<string, string>();
  for (const s of a.course.sessions)
    for (const t of s.trainers)
      trainers.set(t.id, `${t.firstName} (${TRAINER_EXPERIENCE_LABELS[t.experience].toLowerCase()})`);
  const content: Content[] = [
    { text: 'Recovery College', style: 'college' },
    { text: 'Certificate of attendance', style: 'title' },
    { text: 'This is to certify that', margin: [0, 24, 0, 6] },
    { text: studentName, style: 'name' },
    { text: 'attended the course', margin: [0, 6, 0, 6] },
    { text: a.course.title, style: 'course' },
    { text: a.course.termName, margin: [0, 4, 0, 16] },
    {
      text: `Present at ${a.attended} of ${a.sessions} session${a.sessions === 1 ? '' : 's'}: ${a.attendedSessions
        .map((d) => longDate.format(d))
        .join(', ')}.`,
    },
  ];
  if (trainers.size > 0)
    content.push({ text: `Delivered together by ${[...trainers.values()].join(' and ')}.`, margin: [0, 8, 0, 0] });
  content.push({
    text: `Issued on ${longDate.format(issuedAt)} by the Recovery College, through Tandem.`,
    style: 'issued',
  });
  return {
    info: { title: `Certificate of attendance: ${a.course.title}`, creator: 'Tandem' },
    pageSize: 'A4',
    pageOrientation: 'landscape',
    pageMargins: [72, 64, 72, 64],
    defaultStyle: { fontSize: 13, lineHeight: 1.3, alignment: 'center' },
    styles: {
      college: { fontSize: 14, color: '#1d4f73', bold: true },
      title: { fontSize: 30, bold: true, margin: [0, 8, 0, 0] },
      name: { fontSize: 24, bold: true },
      course: { fontSize: 20, bold: true },
      issued: { fontSize: 10, color: '#444444', margin: [0, 32, 0, 0] },
    },
    content,
  };
}

const slug = (title: string) =>
  title
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60) || 'course';
