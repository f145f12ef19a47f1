export interface BreakGlassRecord {
  id: string;
  personId: string;
  accountId: string;
  reason: string;
  createdAt: Date;
  expiresAt: Date;
}

export interface BreakGlassRepository {
  create(grant: BreakGlassRecord): Promise<void>;
  findActive(personId: string, accountId: string, now: Date): Promise<BreakGlassRecord | null>;
}
