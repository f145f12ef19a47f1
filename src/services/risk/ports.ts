import type { DiscussionMode } from '../../domain/risk/risk-discussion';

/** One discussion of the risk and safety formulation with the person. */
export interface RiskDiscussionRecord {
  personId: string;
  id: string;
  /** YYYY-MM-DD */
  discussedOn: string;
  mode: DiscussionMode;
  /** The person's response in their words; null when they chose not to discuss it now. */
  response: string | null;
  isDeclined: boolean;
  formulationVersion: number;
  recordedByAccountId: string;
  recordedByName: string;
  recordedAt: Date;
}

/** Discussions of the risk formulation: only ever added to. */
export interface RiskRepository {
  addDiscussion(discussion: RiskDiscussionRecord): Promise<void>;
  /** Newest first (by the day discussed, then when recorded). */
  listDiscussions(personId: string): Promise<RiskDiscussionRecord[]>;
  /** Many at once, for demo loads. */
  addDiscussions(discussions: RiskDiscussionRecord[]): Promise<void>;
}
