import type { Actor } from '../../domain/accounts/actor';
import { collegeFigures, type CollegeFigures } from '../../domain/college/college-figures';
import { AppError } from '../../domain/errors/app-error';
import { recordAudit } from '../audit/record-audit';
import type { ServiceDeps } from '../ports';
import type { TermRecord } from './ports';
import { requireCollegeAccess } from './require-college-access';

/** The college's figures for one term, or every term: counts only, no student named. */
export async function getCollegeFigures(
  deps: ServiceDeps,
  input: { termId: string | null },
  actor: Actor,
): Promise<{ terms: TermRecord[]; figures: CollegeFigures }> {
  return deps.uow.run(async (repositories) => {
    await requireCollegeAccess(repositories, actor, 'read_college_figures');
    if (input.termId && !(await repositories.college.findTerm(input.termId)))
      throw new AppError('bad_request', 'There is no term with that id.', { field: 'termId' });
    const source = await repositories.collegeAdmin.figureSource(input.termId);
    await recordAudit(repositories, actor, deps.now(), {
      action: 'college.figures.read',
      detail: { termId: input.termId },
    });
    return { terms: await repositories.college.listTerms(), figures: collegeFigures(source, deps.now()) };
  });
}
