import type { ReflectionTheme, WouldDoAgain } from '../../domain/reflections/reflection-prompts';

export interface ReflectionRecord {
  id: string;
  workerId: string;
  authorAccountId: string;
  theme: ReflectionTheme;
  whatIShared: string;
  why: string;
  whatHappened: string;
  wouldDoAgain: WouldDoAgain;
  wouldDoAgainNote: string | null;
  writtenAt: Date;
  /** When the worker shared it with their supervisor; null while private. */
  sharedAt: Date | null;
}

export interface ReflectionReplyRecord {
  id: string;
  reflectionId: string;
  authorAccountId: string;
  authorName: string;
  text: string;
  writtenAt: Date;
}

export interface SupervisionSessionRecord {
  id: string;
  workerId: string;
  supervisorAccountId: string;
  supervisorName: string;
  heldOn: string;
  note: string | null;
  recordedAt: Date;
  /** The reflections talked about. */
  reflectionIds: string[];
}

/** A worker's reflective log, replies on shared entries, and supervision sessions. */
export interface ReflectionRepository {
  create(reflection: ReflectionRecord): Promise<void>;
  findById(id: string): Promise<ReflectionRecord | null>;
  /** A worker's entries, newest first; with `sharedOnly`, only those shared with their supervisor. */
  listForWorker(workerId: string, options: { sharedOnly: boolean }): Promise<ReflectionRecord[]>;
  /** Marks an entry shared, once: a later share keeps the first time. */
  share(id: string, at: Date): Promise<void>;
  addReply(reply: ReflectionReplyRecord): Promise<void>;
  /** Replies on these entries, oldest first. */
  listReplies(reflectionIds: string[]): Promise<ReflectionReplyRecord[]>;
  createSession(session: SupervisionSessionRecord): Promise<void>;
  /** A worker's supervision sessions, newest first. */
  listSessions(workerId: string): Promise<SupervisionSessionRecord[]>;
}
