import type { ReflectionTheme, WouldDoAgain } from '../../domain/reflections/reflection-prompts';

// A worker's reflective log and supervision. Instants are ISO strings; every text is plain text.

export type { ReflectionTheme, WouldDoAgain };

export interface ReflectionReplyDto {
  id: string;
  authorName: string;
  text: string;
  writtenAt: string;
}

export interface ReflectionDto {
  id: string;
  theme: ReflectionTheme;
  whatIShared: string;
  why: string;
  whatHappened: string;
  wouldDoAgain: WouldDoAgain;
  wouldDoAgainNote: string | null;
  writtenAt: string;
  sharedAt: string | null;
  replies: ReflectionReplyDto[];
}

export interface SupervisionSessionDto {
  id: string;
  heldOn: string;
  supervisorName: string;
  note: string | null;
  reflectionIds: string[];
}

export interface ReflectiveLogResponse {
  workerId: string;
  workerName: string;
  isOwnLog: boolean;
  entries: ReflectionDto[];
  sessions: SupervisionSessionDto[];
}

export interface SuperviseeDto {
  workerId: string;
  name: string;
  profession: string;
  sharedEntries: number;
  lastSharedAt: string | null;
}

export interface SuperviseesResponse {
  supervisees: SuperviseeDto[];
}
