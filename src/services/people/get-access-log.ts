import type { Actor } from '../../domain/accounts/actor';
import { accessLogLines, accessLogSentence, type AccessLogLine } from '../../domain/audit/access-log-lines';
import { CARE_TEAM_ROLE_LABELS } from '../../domain/care-team/care-team-role';
import { isActiveOn, isoDate } from '../../domain/care-team/membership-period';
import { requirePersonAccess } from '../access/require-person-access';
import { recordAudit } from '../audit/record-audit';
import type { AccountRecord } from '../accounts/ports';
import type { MembershipView } from '../care-team/ports';
import { mapInTurn } from '../in-turn';
import type { ServiceDeps } from '../ports';

/** How many audit events the log reads; grouped, they make far fewer lines. */
export const ACCESS_LOG_LIMIT = 200;

/** One line of "who opened my record": one event, or several looks at one thing on one day. */
export interface AccessLogEntry {
  /** The earliest event's id: with `firstAt`, where the next page starts. */
  id: string;
  /** The latest time, and the earliest when the line stands for several. */
  at: Date;
  firstAt: Date;
  who: string;
  role: string;
  isYou: boolean;
  action: string;
  basis: string | null;
  reason: string | null;
  times: number;
  isBreakGlass: boolean;
  /** The line in plain words: "Robin Fairley, your care coordinator, looked at your care plan 6 times today." */
  sentence: string;
}

/**
 * "Who opened my record": every access to the person's record, newest first, in plain words, with
 * repeated looks by one person at one thing on one day grouped into one line, and reasons given
 * for opening it from outside the care team; a page of events at a time.
 */
export async function getAccessLog(
  deps: ServiceDeps,
  input: { personId: string; before?: { occurredAt: Date; id: string }; limit?: number },
  actor: Actor,
): Promise<AccessLogEntry[]> {
  return deps.uow.run(async (repositories) => {
    const now = deps.now();
    const today = isoDate(now);
    const { person, basis } = await requirePersonAccess(repositories, actor, input.personId, 'read_access_log', now);
    const events = await repositories.audit.listForPerson(person.id, {
      limit: Math.min(input.limit ?? ACCESS_LOG_LIMIT, ACCESS_LOG_LIMIT),
      before: input.before,
    });
    await recordAudit(repositories, actor, now, { action: 'access_log.read', personId: person.id, basis });
    const lines = accessLogLines(
      events.map((e) => ({
        id: e.id,
        at: e.occurredAt,
        accountId: e.accountId,
        actorName: e.actorName,
        action: e.action,
        basis: e.basis,
        reason: e.reason,
      })),
    );
    const accountIds = [
      ...new Set(
        lines.flatMap((line) => (line.accountId && line.accountId !== actor.accountId ? [line.accountId] : [])),
      ),
    ];
    const accounts = new Map(
      (await mapInTurn(accountIds, (id) => repositories.accounts.findById(id))).flatMap((a) =>
        a ? [[a.id, a] as const] : [],
      ),
    );
    const careTeam = await repositories.careTeams.listForPerson(person.id);
    const roles = new Map(events.map((e) => [e.accountId, e.actorRole]));
    return lines.map((line) => {
      const isYou = line.accountId === actor.accountId;
      const who = isYou
        ? 'You'
        : `${line.who}, ${relationOf(line, accounts.get(line.accountId ?? ''), careTeam, today)},`;
      return {
        id: line.firstId,
        at: line.lastAt,
        firstAt: line.firstAt,
        who: line.who,
        role: roles.get(line.accountId) ?? '',
        isYou,
        action: line.action,
        basis: line.basis,
        reason: line.reason,
        times: line.times,
        isBreakGlass: line.isBreakGlass,
        sentence: accessLogSentence(line, who, today),
      };
    });
  });
}

/** How the person knows whoever it was: "your care coordinator", "from outside your care team"… */
function relationOf(
  line: AccessLogLine,
  account: AccountRecord | undefined,
  careTeam: readonly MembershipView[],
  today: string,
): string {
  if (!line.accountId) return 'Tandem itself';
  const labels: Record<string, string> = CARE_TEAM_ROLE_LABELS;
  const memberships = account?.workerId ? careTeam.filter((m) => m.workerId === account.workerId) : [];
  const current = memberships.find((m) => isActiveOn(m, today));
  if (current) return `your ${(labels[current.role] ?? current.role).toLowerCase()}`;
  if (line.basis === 'break_glass') return 'who is not in your care team';
  const past = memberships.at(-1);
  if (past) return `who was your ${(labels[past.role] ?? past.role).toLowerCase()}`;
  if (account?.role === 'carer') return 'your carer';
  if (account?.role === 'team_manager') return 'a team manager';
  if (account?.role === 'admin') return 'an administrator';
  return 'a member of staff';
}
