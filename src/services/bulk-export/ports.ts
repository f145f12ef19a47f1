import type {
  BulkExportLevel,
  BulkExportStatus,
  BulkExportType,
  ExportedRecords,
} from '../../domain/bulk-export/bulk-export-rules';

export interface BulkExportRecord {
  id: string;
  accountId: string;
  level: BulkExportLevel;
  /** The team a group-level export is about. */
  groupId: string | null;
  resourceTypes: BulkExportType[];
  since: Date | null;
  status: BulkExportStatus;
  /** The kick-off request's address, reported back in the manifest. */
  requestUrl: string;
  requestedAt: Date;
  startedAt: Date | null;
  transactionTime: Date | null;
  completedAt: Date | null;
  expiresAt: Date;
  error: string | null;
}

export interface BulkExportPartSummary {
  resourceType: BulkExportType;
  part: number;
  count: number;
}

export interface BulkExportRepository {
  create(record: BulkExportRecord): Promise<void>;
  find(id: string): Promise<BulkExportRecord | null>;
  /**
   * Takes the oldest pending export, or a running one started before `staleBefore` (its server
   * stopped), and marks it running from `now`; null when there is none. Two servers never take the
   * same export (SKIP LOCKED).
   */
  claimNext(now: Date, staleBefore: Date): Promise<BulkExportRecord | null>;
  clearParts(id: string): Promise<void>;
  /**
   * Stores a slice of a file: `first` is the position of its first record in the file (0-based).
   * A file is one slice or several, stored in order; it reads back whole.
   */
  addPart(id: string, resourceType: BulkExportType, part: number, records: unknown[], first?: number): Promise<void>;
  complete(id: string, at: Date, expiresAt: Date): Promise<void>;
  fail(id: string, at: Date, error: string, expiresAt: Date): Promise<void>;
  parts(id: string): Promise<BulkExportPartSummary[]>;
  /** How many records a file holds; null when there is no such file. */
  partCount(id: string, resourceType: BulkExportType, part: number): Promise<number | null>;
  /** Up to `limit` records of a file from position `from` (0-based), in the file's order. */
  readPartSlice(
    id: string,
    resourceType: BulkExportType,
    part: number,
    from: number,
    limit: number,
  ): Promise<unknown[]>;
  delete(id: string): Promise<boolean>;
  /** Deletes every export (and its files) whose time is up; returns how many. */
  deleteExpired(now: Date): Promise<number>;
}

/** Who is exported: the whole organisation, or the people of some teams. */
export interface BulkExportScope {
  teamIds?: readonly string[];
}

/**
 * One file of an export as the reader lays it out: which records it holds (up to `limit` after the
 * cursor `after`, in an order of the reader's own that the client never sees), read back a slice at
 * a time in the file's order, so neither the reader nor the writer ever holds a whole file.
 */
export interface BulkExportFile<T extends BulkExportType> {
  /** How many records the file holds when it is laid out. */
  count: number;
  /** The cursor to pass as `after` for the next file. */
  last: string;
  slices(size: number): AsyncIterable<ExportedRecords[T][]>;
}

/** Reads pseudonymised records a file at a time (decision 0044, 0052); null when none are left. */
export interface BulkExportReader {
  page<T extends BulkExportType>(
    type: T,
    input: { scope: BulkExportScope; since: Date | null; until: Date; after: string | null; limit: number },
  ): Promise<BulkExportFile<T> | null>;
}
