import type { DesignNoteRecord, RoomRecord } from '../../services/college/college-admin-ports';
import type { CollegeRoomDto, DesignNoteDto } from '../../shared/api/college-admin.responses';

export const presentRoom = (room: RoomRecord): CollegeRoomDto => ({ ...room });

export const presentDesignNote = (note: DesignNoteRecord): DesignNoteDto => ({
  id: note.id,
  kind: note.kind,
  heldOn: note.heldOn,
  participants: note.participants,
  notes: note.notes,
  createdAt: note.createdAt.toISOString(),
});
