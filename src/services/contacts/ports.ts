import type { ContactKind, ContactMode } from '../../domain/contacts/contact-kinds';

export interface ContactRecord {
  id: string;
  personId: string;
  occurredAt: Date;
  durationMinutes: number;
  mode: ContactMode;
  kind: ContactKind;
  beyondRoutine: boolean;
  beyondRoutineNote: string | null;
  adminMinutes: number;
  note: string | null;
  recordedByAccountId: string | null;
  workerIds: string[];
}

/** Where a page of contacts ended: the last contact's time and id. */
export interface ContactCursor {
  occurredAt: Date;
  id?: string;
}

export interface ContactView extends Omit<ContactRecord, 'workerIds'> {
  workers: { id: string; name: string }[];
  recordedAt: Date;
}

export interface ContactRepository {
  create(contact: ContactRecord): Promise<void>;
  /** Many at once, for demo and import loads. */
  createMany(contacts: ContactRecord[]): Promise<void>;
  /**
   * Newest first (by time, then id). `before` continues a list after its last contact: contacts
   * earlier than `occurredAt`, and, when `id` is given, those at that same instant with a lower id,
   * so that contacts recorded for the same minute are never skipped between pages.
   */
  listForPerson(personId: string, options: { limit: number; before?: ContactCursor }): Promise<ContactView[]>;
  findById(personId: string, id: string): Promise<ContactView | null>;
}
