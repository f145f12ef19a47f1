import type { ContactView } from '../../services/contacts/ports';
import type { ContactDto } from '../../shared/api/contacts.responses';

// Contacts to the JSON the API promises (shared/api/contacts.responses.ts): instants as ISO strings.

export function presentContact(c: ContactView): ContactDto {
  return {
    id: c.id,
    occurredAt: c.occurredAt.toISOString(),
    durationMinutes: c.durationMinutes,
    mode: c.mode,
    kind: c.kind,
    beyondRoutine: c.beyondRoutine,
    beyondRoutineNote: c.beyondRoutineNote,
    adminMinutes: c.adminMinutes,
    note: c.note,
    workers: c.workers,
    recordedAt: c.recordedAt.toISOString(),
  };
}
