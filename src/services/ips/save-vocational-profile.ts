import type { Actor } from '../../domain/accounts/actor';
import { AppError } from '../../domain/errors/app-error';
import { requirePersonAccess } from '../access/require-person-access';
import { recordAudit } from '../audit/record-audit';
import type { ServiceDeps } from '../ports';
import type { VocationalProfileRecord, VocationalProfileWords } from './ports';

export interface SaveVocationalProfileInput extends VocationalProfileWords {
  personId: string;
  /** The revision the writer started from: 0 for a first profile. */
  baseRevision: number;
}

/**
 * Saves the person's vocational profile, written with them and in their words where they choose.
 * An edit made from an older revision is refused with 409 and the current words, never
 * overwritten: whoever saved second sees what changed and loses nothing they typed (it stays in
 * their form).
 */
export async function saveVocationalProfile(
  deps: ServiceDeps,
  input: SaveVocationalProfileInput,
  actor: Actor,
): Promise<VocationalProfileRecord> {
  return deps.uow.run(async (r) => {
    const now = deps.now();
    const { person, basis } = await requirePersonAccess(r, actor, input.personId, 'write_vocational_profile', now);
    const { personId: _personId, baseRevision, ...words } = input;
    const trimmed = Object.fromEntries(
      Object.entries(words).map(([key, value]) => [key, typeof value === 'string' ? value.trim() : value]),
    ) as unknown as VocationalProfileWords;
    const profile: VocationalProfileRecord = {
      ...trimmed,
      disclosure: input.disclosure,
      personId: person.id,
      revision: baseRevision + 1,
      isWrittenByPerson: actor.role === 'service_user',
      updatedByAccountId: actor.accountId,
      updatedByName: actor.displayName,
      updatedAt: now,
    };
    if (!(await r.ips.saveProfile(profile, baseRevision))) {
      const current = await r.ips.findProfile(person.id);
      throw new AppError(
        'conflict',
        'Someone saved this profile after you started. Your words are still in the form: compare them with the saved version, then save again.',
        { current, currentRevision: current?.revision ?? 0 },
      );
    }
    await recordAudit(r, actor, now, {
      action: 'ips.profile.save',
      personId: person.id,
      basis,
      detail: { revision: profile.revision },
    });
    return profile;
  });
}
