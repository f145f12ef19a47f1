import type { ReflectiveLog } from '../../services/reflections/list-reflections';
import type { Supervisee } from '../../services/reflections/list-supervisees';
import type {
  ReflectionRecord,
  ReflectionReplyRecord,
  SupervisionSessionRecord,
} from '../../services/reflections/ports';
import type {
  ReflectionDto,
  ReflectionReplyDto,
  ReflectiveLogResponse,
  SuperviseeDto,
  SupervisionSessionDto,
} from '../../shared/api/reflections.responses';

// Reflective logs to the JSON the API promises (shared/api/reflections.responses.ts).

export const presentReflectionReply = (r: ReflectionReplyRecord): ReflectionReplyDto => ({
  id: r.id,
  authorName: r.authorName,
  text: r.text,
  writtenAt: r.writtenAt.toISOString(),
});

export const presentReflection = (r: ReflectionRecord & { replies?: ReflectionReplyRecord[] }): ReflectionDto => ({
  id: r.id,
  theme: r.theme,
  whatIShared: r.whatIShared,
  why: r.why,
  whatHappened: r.whatHappened,
  wouldDoAgain: r.wouldDoAgain,
  wouldDoAgainNote: r.wouldDoAgainNote,
  writtenAt: r.writtenAt.toISOString(),
  sharedAt: r.sharedAt?.toISOString() ?? null,
  replies: (r.replies ?? []).map(presentReflectionReply),
});

export const presentSupervisionSession = (s: SupervisionSessionRecord): SupervisionSessionDto => ({
  id: s.id,
  heldOn: s.heldOn,
  supervisorName: s.supervisorName,
  note: s.note,
  reflectionIds: s.reflectionIds,
});

export const presentReflectiveLog = (log: ReflectiveLog): ReflectiveLogResponse => ({
  workerId: log.workerId,
  workerName: log.workerName,
  isOwnLog: log.isOwnLog,
  entries: log.entries.map(presentReflection),
  sessions: log.sessions.map(presentSupervisionSession),
});

export const presentSupervisee = (s: Supervisee): SuperviseeDto => ({
  ...s,
  lastSharedAt: s.lastSharedAt?.toISOString() ?? null,
});
