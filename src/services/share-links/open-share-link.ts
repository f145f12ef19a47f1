import { AppError } from '../../domain/errors/app-error';
import { shareLinkState } from '../../domain/share-links/share-link-rules';
import { newId } from '../new-id';
import type { ServiceDeps } from '../ports';
import { sharedDocumentReader, type SharedDocumentView } from './shared-documents';
import { parseShareToken, shareVerifierMatches } from './share-token';

const NOT_FOUND = 'There is no shared plan at this address. Check the link, or ask the person for a new one.';
const GONE = {
  revoked: 'This link was turned off by the person who shared it. Ask them for a new link if you still need it.',
  expired: 'This link has expired. Ask the person who shared it for a new link if you still need it.',
} as const;

/** Who opened it, as the person reads it in "who opened my record". */
export const shareLinkOpenerName = (label: string): string => `Someone with your link “${label}”`;

/**
 * Opens a share link without an account: the document, read-only, while the link is open. Every
 * opening is audited on the person's record and shown to them. A revoked or expired link is 410
 * with a plain message and never the document; a link that is not ours is 404.
 */
export async function openShareLink(
  deps: ServiceDeps,
  input: { token: string },
): Promise<{ document: SharedDocumentView; expiresAt: Date }> {
  const parts = parseShareToken(input.token);
  if (!parts) throw new AppError('not_found', NOT_FOUND);
  return deps.uow.run(async (repositories) => {
    const link = await repositories.shareLinks.findBySelector(parts.selector);
    if (!link || !shareVerifierMatches(parts.verifier, link.verifierHash)) throw new AppError('not_found', NOT_FOUND);
    const now = deps.now();
    const state = shareLinkState(link, now);
    if (state !== 'active') throw new AppError('gone', GONE[state], { state });
    const document = await sharedDocumentReader(link.documentKind)(repositories, link.personId);
    if (!document) throw new AppError('not_found', 'The person has not written this plan yet.');
    await repositories.shareLinks.markOpened(link.personId, link.id, now);
    await repositories.audit.append({
      id: newId(),
      occurredAt: now,
      accountId: null,
      actorName: shareLinkOpenerName(link.label),
      actorRole: 'share_link',
      action: `${link.documentKind}.shared.read`,
      personId: link.personId,
      basis: null,
      reason: null,
      detail: { linkId: link.id },
    });
    return { document, expiresAt: link.expiresAt };
  });
}
