import type { Actor } from '../../domain/accounts/actor';
import { isoDate, monthsBefore } from '../../domain/care-team/membership-period';
import { AppError } from '../../domain/errors/app-error';
import { caseloadNamesIn } from '../../domain/reflections/caseload-names';
import type { ReflectionTheme, WouldDoAgain } from '../../domain/reflections/reflection-prompts';
import { recordAudit } from '../audit/record-audit';
import { newId } from '../new-id';
import type { ServiceDeps } from '../ports';
import type { ReflectionRecord } from './ports';
import { requireReflectionAccess } from './require-reflection-access';

export interface WriteReflectionInput {
  theme: ReflectionTheme;
  whatIShared: string;
  why: string;
  whatHappened: string;
  wouldDoAgain: WouldDoAgain;
  wouldDoAgainNote: string | null;
  /** The writer saw the warning that the text contains a name from their caseload, and saves it anyway. */
  keepNames: boolean;
}

/**
 * Adds an entry to the worker's own reflective log, private to them. A reflection is not part of
 * anyone's record, so a text that contains a name from the worker's caseload is sent back with
 * the names found, unless the worker has seen that warning and chooses to keep them.
 */
export async function writeReflection(
  deps: ServiceDeps,
  input: WriteReflectionInput,
  actor: Actor,
): Promise<ReflectionRecord> {
  const trim = (value: string) => value.replace(/\r\n?/g, '\n').trim();
  const answers = {
    whatIShared: trim(input.whatIShared),
    why: trim(input.why),
    whatHappened: trim(input.whatHappened),
    wouldDoAgainNote: input.wouldDoAgainNote === null ? null : trim(input.wouldDoAgainNote) || null,
  };
  if (answers.whatIShared === '')
    throw new AppError('bad_request', 'Write what you shared of yourself, or what you did.', { field: 'whatIShared' });
  if (!actor.workerId) throw new AppError('forbidden', 'Only workers keep a reflective log.');
  const workerId = actor.workerId;
  return deps.uow.run(async (repositories) => {
    const now = deps.now();
    await requireReflectionAccess(repositories, actor, 'write', { workerId, sharedAt: null });
    if (!input.keepNames) {
      const today = isoDate(now);
      const caseload = await repositories.careTeams.caseload(workerId, today, monthsBefore(today, 12));
      const text = Object.values(answers).join('\n');
      const names = caseloadNamesIn(
        text,
        caseload.map((row) => ({ name: row.personName, preferredName: row.preferredName })),
      );
      if (names.length > 0)
        throw new AppError(
          'bad_request',
          `This mentions ${names.map((n) => `“${n}”`).join(', ')}, a name from your caseload. A reflection is not part of anyone’s record: take the name out, or keep it if it is not about that person.`,
          { field: 'whatIShared', caseloadNames: names },
        );
    }
    const reflection: ReflectionRecord = {
      id: newId(),
      workerId,
      authorAccountId: actor.accountId,
      theme: input.theme,
      ...answers,
      wouldDoAgain: input.wouldDoAgain,
      writtenAt: now,
      sharedAt: null,
    };
    await repositories.reflections.create(reflection);
    await recordAudit(repositories, actor, now, {
      action: 'reflection.write',
      detail: { reflectionId: reflection.id, workerId, keptNames: input.keepNames },
    });
    return reflection;
  });
}
