/** One contact between a person and the service, as the continuity indices see it. */
export interface ContinuityContact {
  /** The worker who held the contact; null when none was recorded (such contacts are excluded). */
  workerId: string | null;
  at: Date;
}

/** A contact whose worker is known: the only kind the indices count. */
export interface WorkerContact {
  workerId: string;
  at: Date;
}
