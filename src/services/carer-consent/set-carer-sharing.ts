import type { CarerShareScope } from '../../domain/access/person-access-policy';
import type { Actor } from '../../domain/accounts/actor';
import { consentChanges, orderedScopes } from '../../domain/carer-consent/consent-changes';
import { AppError } from '../../domain/errors/app-error';
import { requirePersonAccess } from '../access/require-person-access';
import { recordAudit } from '../audit/record-audit';
import { newId } from '../new-id';
import type { ServiceDeps } from '../ports';
import type { CarerSharing } from './get-carer-sharing';

export interface SetCarerSharingInput {
  personId: string;
  carerId: string;
  /** The version of the carer's sharing the change was made from; a stale one is refused. */
  version: number;
  /** Everything the carer may see after the change. */
  sharedScopes: CarerShareScope[];
  /** Why, when someone records the person's choice for them; required then, ignored for the person. */
  onBehalfReason?: string | null;
}

/**
 * Gives a carer scopes and withdraws others, as the person chooses, and keeps one consent record
 * per scope changed. The person does this themselves; an administrator may record it on their
 * behalf, with a reason the person reads. Access checks read the carer's link on every request,
 * so a withdrawn scope stops the carer's very next request.
 */
export async function setCarerSharing(
  deps: ServiceDeps,
  input: SetCarerSharingInput,
  actor: Actor,
): Promise<CarerSharing> {
  return deps.uow.run(async (r) => {
    const now = deps.now();
    const { basis } = await requirePersonAccess(r, actor, input.personId, 'set_carer_sharing', now);
    const onBehalfReason = basis === 'self' ? null : input.onBehalfReason?.trim() || null;
    if (basis !== 'self' && !onBehalfReason) {
      throw new AppError(
        'bad_request',
        'Say why you are changing this for the person: they will read it with the change.',
        { field: 'onBehalfReason' },
      );
    }
    const link = await r.organisation.findCarerLink(input.personId, input.carerId);
    if (!link) throw new AppError('not_found', 'This carer is not linked to this person.');
    const carer = await r.organisation.findCarer(input.carerId);
    const current = (): CarerSharing => ({
      carerId: link.carerId,
      name: carer?.name ?? 'A carer',
      relationship: link.relationship,
      sharedScopes: link.sharedScopes,
      version: link.version,
    });
    if (link.version !== input.version) {
      throw new AppError(
        'conflict',
        'What this carer can see was changed while you were choosing. Here is what they can see now: make your change again.',
        { current: current() },
      );
    }
    const after = orderedScopes(input.sharedScopes);
    const changes = consentChanges(link.sharedScopes, after);
    if (changes.length === 0) return current();
    if (!(await r.organisation.updateCarerLinkScopes(input.personId, input.carerId, link.version, after))) {
      throw new AppError(
        'conflict',
        'What this carer can see was changed while you were choosing. Reload, then make your change again.',
      );
    }
    await r.carerConsent.append(
      changes.map(({ scope, change }) => ({
        id: newId(),
        personId: input.personId,
        carerId: input.carerId,
        scope,
        change,
        changedAt: now,
        byAccountId: actor.accountId,
        byName: actor.displayName,
        onBehalfReason,
      })),
    );
    await recordAudit(r, actor, now, {
      action: 'carer_sharing.change',
      personId: input.personId,
      basis,
      reason: onBehalfReason,
      detail: {
        carerId: input.carerId,
        given: changes.filter((c) => c.change === 'given').map((c) => c.scope),
        withdrawn: changes.filter((c) => c.change === 'withdrawn').map((c) => c.scope),
      },
    });
    return { ...current(), sharedScopes: after, version: link.version + 1 };
  });
}
