import { shareLinkState } from '../../domain/share-links/share-link-rules';
import type { ShareLinkRecord } from '../../services/share-links/ports';
import type { SharedDocumentView } from '../../services/share-links/shared-documents';
import type { ShareLinkDto, SharedDocumentResponse } from '../../shared/api/share-links.responses';

export function presentShareLink(link: ShareLinkRecord, now: Date): ShareLinkDto {
  return {
    id: link.id,
    documentKind: link.documentKind,
    label: link.label,
    createdByName: link.createdByName,
    consent: link.consent,
    createdAt: link.createdAt.toISOString(),
    expiresAt: link.expiresAt.toISOString(),
    revokedAt: link.revokedAt?.toISOString() ?? null,
    lastOpenedAt: link.lastOpenedAt?.toISOString() ?? null,
    openCount: link.openCount,
    state: shareLinkState(link, now),
  };
}

export function presentSharedDocument(document: SharedDocumentView, expiresAt: Date): SharedDocumentResponse {
  return {
    kind: document.kind,
    title: document.title,
    personName: document.personName,
    updatedAt: document.updatedAt?.toISOString() ?? null,
    expiresAt: expiresAt.toISOString(),
    sections: document.sections,
  };
}
