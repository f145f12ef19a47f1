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
  findById(personId: string, id: string): Promise<ReviewRecord | null>;
  /** Every review of the person, latest due first. */
  listForPerson(personId: string): Promise<ReviewRecord[]>;
  /** Moves a review not yet held to another due date. */
  setDueOn(personId: string, id: string, dueOn: string): Promise<void>;
  /** Marks a review held; false when it had already been held (by someone else, a moment ago). */
  markHeld(personId: string, id: string, heldOn: string): Promise<boolean>;
}
