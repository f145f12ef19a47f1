import type { Actor } from '../../domain/accounts/actor';
import { STUDENT_LIMITS } from '../../domain/college/student-life';
import { AppError } from '../../domain/errors/app-error';
import { requirePersonAccess } from '../access/require-person-access';
import { recordAudit } from '../audit/record-audit';
import { newId } from '../new-id';
import type { Repositories, ServiceDeps } from '../ports';
import { carePlanGoalOptions } from './learning-plan-view';
import { requireStudent } from './require-college-access';
import type { LearningGoalRecord } from './student-ports';

export interface LearningGoalFields {
  text: string;
  courseIds: string[];
  /** A goal in the person's care plan this learning goal serves: its section and its words. */
  carePlanLink: { sectionKey: string; goal: string } | null;
}

/** Adds a learning goal to the student's own plan. */
export async function addLearningGoal(
  deps: ServiceDeps,
  fields: LearningGoalFields,
  actor: Actor,
): Promise<LearningGoalRecord> {
  return deps.uow.run(async (repositories) => {
    const now = deps.now();
    const student = await requireStudent(repositories, actor);
    if ((await repositories.collegeStudents.listGoals(student.id)).length >= STUDENT_LIMITS.maxGoals)
      throw new AppError('bad_request', `A learning plan holds up to ${STUDENT_LIMITS.maxGoals} goals.`, {
        field: 'text',
      });
    const checked = await checkFields(repositories, student.id, fields, actor, now);
    const goal: LearningGoalRecord = { id: newId(), studentId: student.id, ...checked, version: 1, updatedAt: now };
    await repositories.collegeStudents.createGoal(goal);
    await audit(repositories, actor, now, 'college.learning_goal.create', goal.id);
    return goal;
  });
}

/** Changes one of the student's learning goals; 409 with the current goal when it changed meanwhile. */
export async function updateLearningGoal(
  deps: ServiceDeps,
  input: { goalId: string; version: number; fields: LearningGoalFields },
  actor: Actor,
): Promise<LearningGoalRecord> {
  return deps.uow.run(async (repositories) => {
    const now = deps.now();
    const student = await requireStudent(repositories, actor);
    const current = await ownGoal(repositories, input.goalId, student.id);
    requireSameVersion(current, input.version);
    const checked = await checkFields(repositories, student.id, input.fields, actor, now);
    const next: LearningGoalRecord = { ...current, ...checked, updatedAt: now };
    if (!(await repositories.collegeStudents.updateGoal(next, input.version))) throw staleGoal(current);
    await audit(repositories, actor, now, 'college.learning_goal.update', current.id);
    return { ...next, version: input.version + 1 };
  });
}

/** Takes a goal out of the student's plan; 409 when it changed since the student last saw it. */
export async function removeLearningGoal(
  deps: ServiceDeps,
  input: { goalId: string; version: number },
  actor: Actor,
): Promise<void> {
  await deps.uow.run(async (repositories) => {
    const now = deps.now();
    const student = await requireStudent(repositories, actor);
    const current = await ownGoal(repositories, input.goalId, student.id);
    requireSameVersion(current, input.version);
    if (!(await repositories.collegeStudents.removeGoal(current.id, input.version, now))) throw staleGoal(current);
    await audit(repositories, actor, now, 'college.learning_goal.remove', current.id);
  });
}

/** A goal of this student; another student's goal is as unknown as a missing one. */
async function ownGoal(repositories: Repositories, goalId: string, studentId: string): Promise<LearningGoalRecord> {
  const goal = await repositories.collegeStudents.findGoal(goalId);
  if (!goal || goal.studentId !== studentId) throw new AppError('not_found', 'There is no learning goal with that id.');
  return goal;
}

function requireSameVersion(current: LearningGoalRecord, version: number): void {
  if (current.version !== version) throw staleGoal(current);
}

const staleGoal = (current: LearningGoalRecord) =>
  new AppError(
    'conflict',
    'This goal was changed somewhere else (another tab or device) since you opened it. The saved goal is shown; your words are kept.',
    { current },
  );

async function checkFields(
  repositories: Repositories,
  studentId: string,
  fields: LearningGoalFields,
  actor: Actor,
  now: Date,
): Promise<Pick<LearningGoalRecord, 'text' | 'courseIds' | 'carePlanSectionKey' | 'carePlanGoal'>> {
  const text = fields.text.trim();
  if (text === '') throw new AppError('bad_request', 'Write the goal in a few words.', { field: 'text' });
  const courseIds = [...new Set(fields.courseIds)];
  const enrolled = new Set((await repositories.college.listEnrolmentsForStudent(studentId)).map((e) => e.courseId));
  for (const courseId of courseIds) {
    const course = await repositories.college.findCourse(courseId);
    if (!course || (course.status !== 'published' && !enrolled.has(courseId)))
      throw new AppError('bad_request', 'One of the courses chosen is not in the prospectus.', {
        field: 'courseIds',
        courseId,
      });
  }
  if (!fields.carePlanLink) return { text, courseIds, carePlanSectionKey: null, carePlanGoal: null };
  const personId = actor.role === 'service_user' ? actor.personId : null;
  if (!personId)
    throw new AppError('bad_request', 'Only a student with a care plan in Tandem can link a goal to it.', {
      field: 'carePlanLink',
    });
  await requirePersonAccess(repositories, actor, personId, 'read_care_plan', now);
  const link = fields.carePlanLink;
  const options = await carePlanGoalOptions(repositories, personId);
  if (!options.some((o) => o.sectionKey === link.sectionKey && o.text === link.goal.trim()))
    throw new AppError('bad_request', 'That goal is not in your care plan as it is now. Choose one of its goals.', {
      field: 'carePlanLink',
    });
  return { text, courseIds, carePlanSectionKey: link.sectionKey, carePlanGoal: link.goal.trim() };
}

async function audit(repositories: Repositories, actor: Actor, at: Date, action: string, goalId: string) {
  const personId = actor.role === 'service_user' ? actor.personId : null;
  await recordAudit(repositories, actor, at, {
    action,
    personId,
    basis: personId ? 'self' : null,
    detail: { goalId },
  });
}
