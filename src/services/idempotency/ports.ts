/** One form submission by its idempotency key, with the answer once there is one. */
export interface IdempotentRequestRecord {
  accountId: string;
  key: string;
  fingerprint: string;
  /** Null while the first request is still being handled. */
  statusCode: number | null;
  responseBody: unknown;
  /** The answer's headers a retry gets again (Location, ETag…), by lower-case name. */
  responseHeaders: Record<string, string> | null;
  createdAt: Date;
  expiresAt: Date;
}

export interface IdempotencyRepository {
  /**
   * Claims the key for a new request: inserts it, or takes over a row that has expired or whose
   * request was abandoned before `staleBefore` without an answer. Returns null when the key is
   * held (then `find` says by what).
   */
  claim(request: IdempotentRequestRecord, staleBefore: Date): Promise<IdempotentRequestRecord | null>;
  find(accountId: string, key: string): Promise<IdempotentRequestRecord | null>;
  complete(
    accountId: string,
    key: string,
    answer: { statusCode: number; responseBody: unknown; responseHeaders: Record<string, string> },
  ): Promise<void>;
  release(accountId: string, key: string): Promise<void>;
  /** Removes the account's expired keys, so the table stays small without a scheduled job. */
  deleteExpired(accountId: string, now: Date): Promise<void>;
}
