import type { Actor } from '../../domain/accounts/actor';
import { AppError } from '../../domain/errors/app-error';
import {
  DEFAULT_SHARE_HOURS,
  MAX_SHARE_HOURS,
  SHARE_CONSENT_MAX_LENGTH,
  SHARE_LABEL_MAX_LENGTH,
  shareLinkExpiry,
  type SharedDocumentKind,
} from '../../domain/share-links/share-link-rules';
import { requirePersonAccess } from '../access/require-person-access';
import { recordAudit } from '../audit/record-audit';
import { newId } from '../new-id';
import type { ServiceDeps } from '../ports';
import type { ShareLinkRecord } from './ports';
import { hashShareVerifier, newShareToken } from './share-token';

export interface CreateShareLinkInput {
  personId: string;
  documentKind: SharedDocumentKind;
  /** Who it is for, in the person's words. */
  label: string;
  expiresInHours?: number;
  /** Required when a worker makes the link: how the person agreed to it. */
  consent?: string | null;
}

/**
 * Makes a link that opens the person's document read-only without an account. The person makes
 * their own; a worker in their care team may make one with the person's consent, recorded in
 * words. The token is returned this once: only its selector and the verifier's hash are kept.
 */
export async function createShareLink(
  deps: ServiceDeps,
  input: CreateShareLinkInput,
  actor: Actor,
): Promise<{ link: ShareLinkRecord; token: string }> {
  const label = input.label.trim();
  if (label.length === 0 || label.length > SHARE_LABEL_MAX_LENGTH)
    throw new AppError('bad_request', `Say who the link is for, in up to ${SHARE_LABEL_MAX_LENGTH} characters.`, {
      field: 'label',
    });
  const now = deps.now();
  const expiresAt = shareLinkExpiry(now, input.expiresInHours ?? DEFAULT_SHARE_HOURS);
  if (!expiresAt)
    throw new AppError(
      'bad_request',
      `A link lasts from 1 hour to ${MAX_SHARE_HOURS / 24} days (${MAX_SHARE_HOURS} hours), in whole hours.`,
      { field: 'expiresInHours' },
    );
  const consent = input.consent?.trim() || null;
  if (actor.role !== 'service_user' && !consent)
    throw new AppError('bad_request', 'Record how the person agreed to share their plan before making a link.', {
      field: 'consent',
    });
  if (consent && consent.length > SHARE_CONSENT_MAX_LENGTH)
    throw new AppError('bad_request', `Keep the note of consent to ${SHARE_CONSENT_MAX_LENGTH} characters.`, {
      field: 'consent',
    });
  return deps.uow.run(async (repositories) => {
    const { person, basis } = await requirePersonAccess(repositories, actor, input.personId, 'share_safety_plan', now);
    const token = newShareToken();
    const link: ShareLinkRecord = {
      id: newId(),
      personId: person.id,
      documentKind: input.documentKind,
      selector: token.selector,
      verifierHash: hashShareVerifier(token.verifier),
      label,
      createdByAccountId: actor.accountId,
      createdByName: actor.displayName,
      consent: actor.role === 'service_user' ? null : consent,
      createdAt: now,
      expiresAt,
      revokedAt: null,
      lastOpenedAt: null,
      openCount: 0,
    };
    await repositories.shareLinks.create(link);
    await recordAudit(repositories, actor, now, {
      action: 'share_link.create',
      personId: person.id,
      basis,
      detail: { linkId: link.id, documentKind: link.documentKind, label, expiresAt: expiresAt.toISOString() },
    });
    return { link, token: token.token };
  });
}
