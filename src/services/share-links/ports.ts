import type { SharedDocumentKind } from '../../domain/share-links/share-link-rules';

/** A share link: the selector and the verifier's hash, never the token itself. */
export interface ShareLinkRecord {
  id: string;
  personId: string;
  documentKind: SharedDocumentKind;
  selector: string;
  verifierHash: string;
  /** Who the person made it for, in their words ("A&E", "Alex"). */
  label: string;
  createdByAccountId: string;
  createdByName: string;
  /** When a worker made it: how the person agreed. Null when the person made it. */
  consent: string | null;
  createdAt: Date;
  expiresAt: Date;
  revokedAt: Date | null;
  lastOpenedAt: Date | null;
  openCount: number;
}

export interface ShareLinkRepository {
  create(link: ShareLinkRecord): Promise<void>;
  findBySelector(selector: string): Promise<ShareLinkRecord | null>;
  findById(personId: string, id: string): Promise<ShareLinkRecord | null>;
  /** The person's links, newest first. */
  listForPerson(personId: string): Promise<ShareLinkRecord[]>;
  /** Turns a link off; false when it was already off. */
  revoke(personId: string, id: string, at: Date): Promise<boolean>;
  markOpened(personId: string, id: string, at: Date): Promise<void>;
}
