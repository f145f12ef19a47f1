import type {
  DesignNoteRecord,
  FidelityAssessmentRecord,
  RoomRecord,
} from '../../services/college/college-admin-ports';
import type { CollegeRoomDto, DesignNoteDto, FidelityAssessmentDto } from '../../shared/api/college-admin.responses';

export const presentRoom = (room: RoomRecord): CollegeRoomDto => ({ ...room });

export const presentDesignNote = (note: DesignNoteRecord): DesignNoteDto => ({
  id: note.id,
  kind: note.kind,
  heldOn: note.heldOn,
  participants: note.participants,
  notes: note.notes,
  createdAt: note.createdAt.toISOString(),
});

export const presentFidelityAssessment = (a: FidelityAssessmentRecord): FidelityAssessmentDto => ({
  id: a.id,
  assessedOn: a.assessedOn,
  assessors: a.assessors,
  instrumentVersion: a.instrumentVersion,
  ratings: a.ratings,
  total: a.total,
  notes: a.notes,
});
