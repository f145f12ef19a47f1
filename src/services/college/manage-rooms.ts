import type { Actor } from '../../domain/accounts/actor';
import { AppError } from '../../domain/errors/app-error';
import { recordAudit } from '../audit/record-audit';
import { newId } from '../new-id';
import type { ServiceDeps } from '../ports';
import type { RoomRecord } from './college-admin-ports';
import { requireCollegeAccess } from './require-college-access';

export type RoomFields = Omit<RoomRecord, 'id' | 'version'>;

const trimmed = (fields: RoomFields): RoomFields => ({
  ...fields,
  name: fields.name.trim(),
  address: fields.address.trim(),
  accessibility: fields.accessibility.trim(),
});

/** Adds a room or other place where the college holds sessions. */
export async function createRoom(deps: ServiceDeps, input: RoomFields, actor: Actor): Promise<RoomRecord> {
  return deps.uow.run(async (repositories) => {
    await requireCollegeAccess(repositories, actor, 'manage_courses');
    const room: RoomRecord = { id: newId(), ...trimmed(input), version: 1 };
    await repositories.collegeAdmin.createRoom(room);
    await recordAudit(repositories, actor, deps.now(), { action: 'college.room.create', detail: { roomId: room.id } });
    return room;
  });
}

/** Changes a room; refuses with 409 and the current room if someone changed it first. */
export async function updateRoom(
  deps: ServiceDeps,
  input: { roomId: string; version: number; fields: RoomFields },
  actor: Actor,
): Promise<RoomRecord> {
  return deps.uow.run(async (repositories) => {
    await requireCollegeAccess(repositories, actor, 'manage_courses');
    const current = await repositories.collegeAdmin.findRoom(input.roomId);
    if (!current) throw new AppError('not_found', 'There is no room with that id.');
    const next: RoomRecord = { ...current, ...trimmed(input.fields) };
    if (current.version !== input.version || !(await repositories.collegeAdmin.updateRoom(next, input.version))) {
      const latest = (await repositories.collegeAdmin.findRoom(input.roomId)) ?? current;
      throw new AppError(
        'conflict',
        'Someone else changed this room while you were editing it. Their version is shown.',
        {
          current: latest,
        },
      );
    }
    await recordAudit(repositories, actor, deps.now(), {
      action: 'college.room.update',
      detail: { roomId: current.id },
    });
    return { ...next, version: input.version + 1 };
  });
}

/** The college's rooms, for the people who run it. */
export async function listRooms(deps: ServiceDeps, actor: Actor): Promise<RoomRecord[]> {
  return deps.uow.read(async (repositories) => {
    await requireCollegeAccess(repositories, actor, 'manage_courses');
    return repositories.collegeAdmin.listRooms();
  });
}
