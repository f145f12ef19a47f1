import type { Actor } from '../../domain/accounts/actor';
import { isCollegeLifeVisible } from '../../domain/college/student-life';
import { requirePersonAccess } from '../access/require-person-access';
import { recordAudit } from '../audit/record-audit';
import type { ServiceDeps } from '../ports';
import { loadLearningPlan, type LearningPlanView } from './learning-plan-view';

/**
 * A person's college life as their care team sees it on their record: the learning plan and courses,
 * only while the person shares them. When they do not (or are no student at all) the answer is the
 * same null, so the care team cannot tell a student who keeps their studies private from anyone else.
 */
export async function getSharedCollegeLife(
  deps: ServiceDeps,
  personId: string,
  actor: Actor,
): Promise<LearningPlanView | null> {
  return deps.uow.run(async (repositories) => {
    const now = deps.now();
    const access = await requirePersonAccess(repositories, actor, personId, 'read_college_life', now);
    const student = await repositories.collegeStudents.findStudentOfPerson(access.person.id);
    const shares = student ? await repositories.collegeStudents.findSharing(student.id) : false;
    const visible = student !== null && isCollegeLifeVisible(access.basis, shares);
    const record = visible ? await repositories.college.findStudent(student.id) : null;
    const view = record ? await loadLearningPlan(repositories, record, access.person.id) : null;
    await recordAudit(repositories, actor, now, {
      action: 'college_life.read',
      personId: access.person.id,
      basis: access.basis,
      detail: { shown: view !== null },
    });
    return view;
  });
}
