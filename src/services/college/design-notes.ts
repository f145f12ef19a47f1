import type { Actor } from '../../domain/accounts/actor';
import { AppError } from '../../domain/errors/app-error';
import { recordAudit } from '../audit/record-audit';
import { newId } from '../new-id';
import type { ServiceDeps } from '../ports';
import type { DesignNoteKind, DesignNoteRecord, DesignParticipant } from './college-admin-ports';
import { requireCollegeAccess } from './require-college-access';

export interface AddDesignNoteInput {
  courseId: string;
  kind: DesignNoteKind;
  heldOn: string;
  participants: DesignParticipant[];
  notes: string;
}

/**
 * Adds a design note to a course, or the record of a co-production meeting with who took part and
 * whether each brought lived experience. A meeting needs at least one participant; none is in the future.
 */
export async function addDesignNote(
  deps: ServiceDeps,
  input: AddDesignNoteInput,
  actor: Actor,
): Promise<DesignNoteRecord> {
  const now = deps.now();
  if (input.heldOn > now.toISOString().slice(0, 10))
    throw new AppError('bad_request', 'A note or meeting is recorded once it has happened, not before.', {
      field: 'heldOn',
    });
  if (input.kind === 'meeting' && input.participants.length === 0)
    throw new AppError('bad_request', 'Say who took part in the meeting.', { field: 'participants' });
  return deps.uow.run(async (repositories) => {
    await requireCollegeAccess(repositories, actor, 'manage_courses');
    if (!(await repositories.college.findCourse(input.courseId)))
      throw new AppError('not_found', 'There is no course with that id.');
    const note: DesignNoteRecord = {
      id: newId(),
      courseId: input.courseId,
      kind: input.kind,
      heldOn: input.heldOn,
      participants: input.participants.map((p) => ({ name: p.name.trim(), hasLivedExperience: p.hasLivedExperience })),
      notes: input.notes.trim(),
      writtenByAccountId: actor.accountId,
      createdAt: now,
    };
    await repositories.collegeAdmin.createDesignNote(note);
    await recordAudit(repositories, actor, now, {
      action: 'college.design_note.create',
      detail: { courseId: note.courseId, noteId: note.id },
    });
    return note;
  });
}

/** A course's design notes and co-production meetings, oldest first. */
export async function listDesignNotes(deps: ServiceDeps, courseId: string, actor: Actor): Promise<DesignNoteRecord[]> {
  return deps.uow.read(async (repositories) => {
    await requireCollegeAccess(repositories, actor, 'manage_courses');
    if (!(await repositories.college.findCourse(courseId)))
      throw new AppError('not_found', 'There is no course with that id.');
    return repositories.collegeAdmin.listDesignNotes(courseId);
  });
}
