import type { Actor } from '../../domain/accounts/actor';
import { collegeFigures, type CollegeFigures } from '../../domain/college/college-figures';
import { AppError } from '../../domain/errors/app-error';
import { aggregateMean } from '../../domain/feedback/aggregate-mean';
import { recordAudit } from '../audit/record-audit';
import type { ServiceDeps } from '../ports';
import type { TermRecord } from './ports';
import { requireCollegeAccess } from './require-college-access';

/**
 * Students' feedback on a course, as a figure: how many answered, and the mean rating (1–5) of whole
 * blocks of three answers in the order given, as relationship feedback is summed, so no answer is
 * ever shown alone or found from the difference between two looks.
 */
export interface CourseFeedbackFigure {
  courseId: string;
  responses: number;
  meanRating: number | null;
}

/** The college's figures for one term, or every term: counts only, no student named. */
export async function getCollegeFigures(
  deps: ServiceDeps,
  input: { termId: string | null },
  actor: Actor,
): Promise<{ terms: TermRecord[]; figures: CollegeFigures; feedback: CourseFeedbackFigure[] }> {
  return deps.uow.run(async (repositories) => {
    await requireCollegeAccess(repositories, actor, 'read_college_figures');
    if (input.termId && !(await repositories.college.findTerm(input.termId)))
      throw new AppError('bad_request', 'There is no term with that id.', { field: 'termId' });
    const source = await repositories.collegeAdmin.figureSource(input.termId);
    await recordAudit(repositories, actor, deps.now(), {
      action: 'college.figures.read',
      detail: { termId: input.termId },
    });
    const figures = collegeFigures(source, deps.now());
    const feedback: CourseFeedbackFigure[] = [];
    // One course after the other: a unit of work runs one query at a time.
    for (const course of figures.courses) {
      const answers = await repositories.collegeStudents.listFeedback(course.courseId);
      const oldestFirst = [...answers].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
      feedback.push({
        courseId: course.courseId,
        responses: answers.length,
        meanRating: aggregateMean(oldestFirst.map((answer) => answer.rating))?.mean ?? null,
      });
    }
    return { terms: await repositories.college.listTerms(), figures, feedback };
  });
}
