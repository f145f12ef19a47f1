import type { ItemAnswer } from '../../domain/instruments';

/** A carer's view of a meeting they were at, as stored. */
export interface CarerViewRecord {
  id: string;
  personId: string;
  carerId: string;
  reviewId: string;
  instrumentId: string;
  version: string;
  answers: ItemAnswer[];
  score: number | null;
  comment: string | null;
  sharedWithPerson: boolean;
  givenAt: Date;
  recordedByAccountId: string;
}

export interface CarerViewRepository {
  create(view: CarerViewRecord): Promise<void>;
  /** Many at once, for demo loads. */
  createMany(views: CarerViewRecord[]): Promise<void>;
  find(personId: string, reviewId: string, carerId: string): Promise<CarerViewRecord | null>;
  /** A person's carers' views, the latest first. */
  listForPerson(personId: string): Promise<CarerViewRecord[]>;
}
