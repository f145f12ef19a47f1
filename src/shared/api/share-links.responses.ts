import type { SharedDocumentKind } from '../../domain/share-links/share-link-rules';

export type ShareLinkStateDto = 'active' | 'expired' | 'revoked';

export interface ShareLinkDto {
  id: string;
  documentKind: SharedDocumentKind;
  label: string;
  createdByName: string;
  consent: string | null;
  createdAt: string;
  expiresAt: string;
  revokedAt: string | null;
  lastOpenedAt: string | null;
  openCount: number;
  state: ShareLinkStateDto;
}

export interface ShareLinksResponse {
  links: ShareLinkDto[];
}

/** Shown once: only the selector and a hash of the verifier are kept. */
export interface ShareLinkCreatedResponse {
  link: ShareLinkDto;
  /** The page that opens the plan without an account: the address to give and to put in the QR code. */
  path: string;
  url: string;
}

/** What someone with a link sees: the document, read-only. */
export interface SharedDocumentResponse {
  kind: SharedDocumentKind;
  title: string;
  personName: string;
  updatedAt: string | null;
  expiresAt: string;
  sections: { key: string; heading: string; text: string }[];
}
