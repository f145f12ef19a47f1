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

export interface ContactView extends Omit<ContactRecord, 'workerIds'> {
  workers: { id: string; name: string }[];
  recordedAt: Date;
}

export interface ContactRepository {
  create(contact: ContactRecord): Promise<void>;
  /** Many at once, for demo and import loads. */
  createMany(contacts: ContactRecord[]): Promise<void>;
  listForPerson(personId: string, options: { limit: number; before?: Date }): Promise<ContactView[]>;
  findById(personId: string, id: string): Promise<ContactView | null>;
}
