export interface ReviewRecord {
  id: string;
  personId: string;
  dueOn: string;
  heldOn: string | null;
}

export interface ReviewRepository {
  create(review: ReviewRecord): Promise<void>;
  /** Many at once, for demo and import loads. */
  createMany(reviews: ReviewRecord[]): Promise<void>;
  /** The earliest review not yet held, overdue or not. */
  findNextDue(personId: string): Promise<ReviewRecord | null>;
}
