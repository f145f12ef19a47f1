import type { Actor } from '../../domain/accounts/actor';
import { AppError } from '../../domain/errors/app-error';
import { requirePersonAccess } from '../access/require-person-access';
import { recordAudit } from '../audit/record-audit';
import type { PersonRecord } from '../organisation/ports';
import type { ServiceDeps } from '../ports';
import { checkedDateOfBirth, checkedIdentifier } from './people-deps';

export interface EditPersonDetailsInput {
  personId: string;
  /** The version the editor started from; a later change by someone else makes this a 409. */
  version: number;
  name: string;
  preferredName: string | null;
  dateOfBirth: string | null;
  localIdentifier: string | null;
}

/**
 * Changes who the person is on the record (name, preferred name, date of birth, identifier).
 * Their care team or an administrator may; the audit event names the fields that changed, not
 * their values, so the history shows that a name changed without keeping the old one in view.
 */
export async function editPersonDetails(
  deps: ServiceDeps,
  input: EditPersonDetailsInput,
  actor: Actor,
): Promise<PersonRecord> {
  const dateOfBirth = checkedDateOfBirth(input.dateOfBirth, deps.now());
  return deps.uow.run(async (r) => {
    const now = deps.now();
    const { person, basis } = await requirePersonAccess(r, actor, input.personId, 'edit_details', now);
    const details = {
      name: input.name.trim(),
      preferredName: input.preferredName?.trim() || null,
      dateOfBirth,
      localIdentifier: await checkedIdentifier(deps, r, input.localIdentifier, person.id),
    };
    if (!(await r.organisation.updatePersonDetails(person.id, input.version, details))) {
      throw new AppError(
        'conflict',
        'Someone else changed these details while you were editing. Reload to see their change, then make yours again.',
        {
          currentVersion: person.version,
        },
      );
    }
    const changed = (Object.keys(details) as (keyof typeof details)[]).filter((key) => details[key] !== person[key]);
    await recordAudit(r, actor, now, {
      action: 'person.details.edit',
      personId: person.id,
      basis,
      detail: { changed },
    });
    return { ...person, ...details, version: input.version + 1 };
  });
}
