import { decideCollegeAccess, type CollegeAction } from '../../domain/access/college-access-policy';
import type { Actor } from '../../domain/accounts/actor';
import { AppError } from '../../domain/errors/app-error';
import type { Repositories } from '../ports';
import type { StudentRecord, TrainerRecord } from './ports';

export interface CollegeAccess {
  student: StudentRecord | null;
  trainer: TrainerRecord | null;
}

/**
 * The first line of every college use case that needs an account: loads the actor's student and
 * trainer records, asks the policy, and refuses with 403. `sessionTrainerIds` names the trainers of
 * the session a register belongs to.
 */
export async function requireCollegeAccess(
  repositories: Repositories,
  actor: Actor,
  action: CollegeAction,
  sessionTrainerIds: readonly string[] = [],
): Promise<CollegeAccess> {
  const student = await repositories.college.findStudentByAccount(actor.accountId);
  const trainer = await repositories.college.findTrainerByAccount(actor.accountId);
  const decision = decideCollegeAccess(actor, action, {
    studentId: student?.id ?? null,
    trainerId: trainer?.id ?? null,
    isTrainerOfSession: trainer !== null && sessionTrainerIds.includes(trainer.id),
    isCollegeLead: trainer?.isLead === true,
  });
  if (!decision.allowed) throw new AppError('forbidden', decision.reason);
  return { student, trainer };
}

/** Like requireCollegeAccess for 'study', with the student record it guarantees. */
export async function requireStudent(repositories: Repositories, actor: Actor): Promise<StudentRecord> {
  const { student } = await requireCollegeAccess(repositories, actor, 'study');
  if (!student) throw new AppError('forbidden', 'Sign up as a student of the Recovery College first.');
  return student;
}
