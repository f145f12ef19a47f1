import type { ContactKind, ContactMode } from './labels';

// A person's contacts. Instants are ISO 8601 strings.

export interface ContactDto {
  id: string;
  occurredAt: string;
  durationMinutes: number;
  mode: ContactMode;
  kind: ContactKind;
  beyondRoutine: boolean;
  beyondRoutineNote: string | null;
  adminMinutes: number;
  note: string | null;
  workers: { id: string; name: string }[];
  recordedAt: string;
}

export interface ContactsResponse {
  contacts: ContactDto[];
}
