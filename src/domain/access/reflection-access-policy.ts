import type { Actor } from '../accounts/actor';

/** What an actor wants to do with a worker's reflective log. */
export type ReflectionAction =
  | 'write' // write in one's own log
  | 'read'
  | 'share' // share an entry with one's supervisor
  | 'reply' // reply on a shared entry
  | 'record_supervision'; // record a supervision session with the worker

/** Facts about the actor and one log (or entry), loaded by the service before deciding. */
export interface ReflectionAccessFacts {
  /** The log is the actor's own (their worker writes it). */
  isOwnLog: boolean;
  /** The entry has been shared with the supervisor; false for a log as a whole. */
  isShared: boolean;
  /** The actor manages the team the log's worker belongs to, and is not that worker. */
  isSupervisor: boolean;
}

/**
 * Decides who may do what with a reflective log. The log is the worker's own and not part of any
 * person's record: private to the worker by default; an entry the worker shares is read and
 * answered by their supervisor (their team's manager), nobody else. No person, carer,
 * administrator or researcher ever sees one, and breaking glass into a person's record opens
 * nothing here.
 */
export function decideReflectionAccess(actor: Actor, action: ReflectionAction, facts: ReflectionAccessFacts): boolean {
  if (actor.role !== 'worker' && actor.role !== 'team_manager') return false;
  if (actor.workerId === null) return false;
  switch (action) {
    case 'write':
    case 'share':
      return facts.isOwnLog;
    case 'read':
    case 'reply':
      return facts.isOwnLog || (facts.isShared && facts.isSupervisor);
    case 'record_supervision':
      return actor.role === 'team_manager' && facts.isSupervisor && !facts.isOwnLog;
  }
}
