import type { Actor } from '../../domain/accounts/actor';
import type { TrainerExperience } from '../../domain/college/college-rules';
import { AppError } from '../../domain/errors/app-error';
import { recordAudit } from '../audit/record-audit';
import { newId } from '../new-id';
import type { ServiceDeps } from '../ports';
import type { CourseView, StudentRecord, TermRecord, TrainerRecord } from './ports';
import { requireCollegeAccess } from './require-college-access';

export type TermFields = Omit<TermRecord, 'id' | 'version'>;

/** Adds a term to the college's calendar. */
export async function createTerm(deps: ServiceDeps, input: TermFields, actor: Actor): Promise<TermRecord> {
  if (input.endsOn < input.startsOn)
    throw new AppError('bad_request', 'A term ends on or after the day it starts.', { field: 'endsOn' });
  return deps.uow.run(async (repositories) => {
    await requireCollegeAccess(repositories, actor, 'manage_courses');
    const term: TermRecord = { id: newId(), ...input, version: 1 };
    await repositories.college.createTerm(term);
    await recordAudit(repositories, actor, deps.now(), { action: 'college.term.create', detail: { termId: term.id } });
    return term;
  });
}

export interface CreateTrainerInput {
  firstName: string;
  lastName: string;
  experience: TrainerExperience;
  /** The username of the account the trainer signs in with, if they have one. */
  username?: string | null;
  /** Leads the college, running it as an administrator does. */
  isLead?: boolean;
}

/** Adds a peer or practitioner trainer, optionally linked to the account they sign in with. */
export async function createTrainer(
  deps: ServiceDeps,
  input: CreateTrainerInput,
  actor: Actor,
): Promise<TrainerRecord> {
  return deps.uow.run(async (repositories) => {
    await requireCollegeAccess(repositories, actor, 'manage_courses');
    let accountId: string | null = null;
    if (input.username) {
      const account = await repositories.accounts.findByUsername(input.username.trim().toLowerCase());
      if (!account) throw new AppError('bad_request', 'There is no account with that username.', { field: 'username' });
      if (await repositories.college.findTrainerByAccount(account.id))
        throw new AppError('conflict', 'That account already signs in as a trainer.', { field: 'username' });
      accountId = account.id;
    }
    const trainer: TrainerRecord = {
      id: newId(),
      firstName: input.firstName.trim(),
      lastName: input.lastName.trim(),
      experience: input.experience,
      accountId,
      isLead: input.isLead === true,
      version: 1,
    };
    await repositories.college.createTrainer(trainer);
    await recordAudit(repositories, actor, deps.now(), {
      action: 'college.trainer.create',
      detail: { trainerId: trainer.id },
    });
    return trainer;
  });
}

/** Changes a term's name or dates; refuses with 409 and the current term if someone changed it first. */
export async function updateTerm(
  deps: ServiceDeps,
  input: { termId: string; version: number; fields: TermFields },
  actor: Actor,
): Promise<TermRecord> {
  if (input.fields.endsOn < input.fields.startsOn)
    throw new AppError('bad_request', 'A term ends on or after the day it starts.', { field: 'endsOn' });
  return deps.uow.run(async (repositories) => {
    await requireCollegeAccess(repositories, actor, 'manage_courses');
    const current = await repositories.college.findTerm(input.termId);
    if (!current) throw new AppError('not_found', 'There is no term with that id.');
    const next: TermRecord = { ...current, ...input.fields, name: input.fields.name.trim() };
    if (current.version !== input.version || !(await repositories.college.updateTerm(next, input.version))) {
      const latest = (await repositories.college.findTerm(input.termId)) ?? current;
      throw new AppError(
        'conflict',
        'Someone else changed this term while you were editing it. Their version is shown.',
        {
          current: latest,
        },
      );
    }
    const now = deps.now();
    // The term's name is part of how each enrolment on its courses is shared.
    if (next.name !== current.name) await repositories.college.touchEnrolments({ termId: current.id }, now);
    await recordAudit(repositories, actor, now, {
      action: 'college.term.update',
      detail: { termId: current.id },
    });
    return { ...next, version: input.version + 1 };
  });
}

export interface UpdateTrainerFields {
  firstName: string;
  lastName: string;
  experience: TrainerExperience;
  isLead: boolean;
}

/**
 * Changes a trainer's name, the experience they bring or whether they lead the college; refuses with
 * 409 and the current trainer if someone changed it first. The account they sign in with stays as it is.
 */
export async function updateTrainer(
  deps: ServiceDeps,
  input: { trainerId: string; version: number; fields: UpdateTrainerFields },
  actor: Actor,
): Promise<TrainerRecord> {
  return deps.uow.run(async (repositories) => {
    await requireCollegeAccess(repositories, actor, 'manage_courses');
    const [current] = await repositories.college.findTrainers([input.trainerId]);
    if (!current) throw new AppError('not_found', 'There is no trainer with that id.');
    const next: TrainerRecord = {
      ...current,
      firstName: input.fields.firstName.trim(),
      lastName: input.fields.lastName.trim(),
      experience: input.fields.experience,
      isLead: input.fields.isLead,
    };
    if (current.version !== input.version || !(await repositories.college.updateTrainer(next, input.version))) {
      const [latest] = await repositories.college.findTrainers([input.trainerId]);
      throw new AppError(
        'conflict',
        'Someone else changed this trainer while you were editing them. Their version is shown.',
        { current: latest ?? current },
      );
    }
    await recordAudit(repositories, actor, deps.now(), {
      action: 'college.trainer.update',
      detail: { trainerId: current.id },
    });
    return { ...next, version: input.version + 1 };
  });
}

/** The college's terms, trainers and every course, drafts included, for the people who run it. */
export async function listCollegeSetup(
  deps: ServiceDeps,
  actor: Actor,
): Promise<{ terms: TermRecord[]; trainers: TrainerRecord[]; courses: CourseView[] }> {
  return deps.uow.read(async (repositories) => {
    await requireCollegeAccess(repositories, actor, 'manage_courses');
    return {
      terms: await repositories.college.listTerms(),
      trainers: await repositories.college.listTrainers(),
      courses: await repositories.college.listCourses({ publishedOnly: false }),
    };
  });
}

/** What the signed-in account is in the college: a student, a trainer, both or neither. */
export async function getCollegeMe(
  deps: ServiceDeps,
  actor: Actor,
): Promise<{ student: StudentRecord | null; trainer: TrainerRecord | null }> {
  return deps.uow.read(async (repositories) => ({
    student: await repositories.college.findStudentByAccount(actor.accountId),
    trainer: await repositories.college.findTrainerByAccount(actor.accountId),
  }));
}
