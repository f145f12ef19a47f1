import type { SignerKind } from '../../domain/care-plan/agreement';
import type { AuthorKind } from '../../domain/care-plan/authorship';
import type { SectionDefinition } from '../../domain/care-plan/care-plan-sections';
import type { DocumentKind } from '../../domain/care-plan/document-kind';
import type { ProposalStatus } from '../../domain/care-plan/proposal-status';

/** The head of one of a person's co-produced documents (their care plan, formulation…): its sections and current version. */
export interface CarePlanRecord {
  personId: string;
  kind: DocumentKind;
  sections: SectionDefinition[];
  currentVersion: number;
}

/** One saved version: the new text of one section and who wrote it. */
export interface CarePlanVersionRecord {
  personId: string;
  version: number;
  sectionKey: string;
  text: string;
  authorAccountId: string;
  authorName: string;
  authorKind: AuthorKind;
  /** 'service_user' for the person; the worker's care-team role otherwise. */
  authorRole: string;
  acceptedByAccountId: string | null;
  acceptedByName: string | null;
  acceptedAt: Date | null;
  proposalId: string | null;
  createdAt: Date;
}

/** A version without its text, for the history list. */
export type CarePlanVersionSummary = Omit<CarePlanVersionRecord, 'text'>;

export interface CarePlanSignatureRecord {
  personId: string;
  version: number;
  signerKind: SignerKind;
  accountId: string;
  workerId: string | null;
  signerName: string;
  signedAt: Date;
}

export interface CarePlanProposalRecord {
  personId: string;
  id: string;
  sectionKey: string;
  baseVersion: number;
  text: string;
  proposedByAccountId: string;
  proposerName: string;
  proposerRole: string;
  proposedAt: Date;
  status: ProposalStatus;
  decidedByAccountId: string | null;
  decidedByName: string | null;
  decidedAt: Date | null;
  decisionNote: string | null;
  appliedVersion: number | null;
}

export interface CarePlanMessageRecord {
  personId: string;
  id: string;
  sectionKey: string;
  authorAccountId: string;
  authorName: string;
  authorKind: AuthorKind;
  authorRole: string;
  text: string;
  createdAt: Date;
}

export interface ProposalDecision {
  status: Exclude<ProposalStatus, 'pending'>;
  decidedByAccountId: string;
  decidedByName: string;
  decidedAt: Date;
  decisionNote: string | null;
  appliedVersion: number | null;
}

/** A plan with its whole history, written at once by demo and import loads. */
export interface CarePlanImport {
  plan: Omit<CarePlanRecord, 'kind'> & { createdAt: Date; updatedAt: Date };
  versions: CarePlanVersionRecord[];
  signatures: CarePlanSignatureRecord[];
  proposals: CarePlanProposalRecord[];
  messages: CarePlanMessageRecord[];
}

/**
 * One kind of co-produced document (the care plan, the risk formulation…): versions, signatures,
 * proposals and discussion. `Repositories.documents(kind)` gives the repository of each kind.
 */
export interface CarePlanRepository {
  findPlan(personId: string): Promise<CarePlanRecord | null>;
  /**
   * Starts the plan with `sections` if it has none, then locks it until the transaction ends, so
   * that two saves to one plan take turns and the second sees the first's version.
   */
  lockPlan(personId: string, sections: SectionDefinition[], now: Date): Promise<CarePlanRecord>;
  /** Appends a version and moves the plan's current version to it. */
  addVersion(version: CarePlanVersionRecord): Promise<void>;
  /** Each section's latest text at `version` (sections never written are absent). */
  sectionsAt(personId: string, version: number): Promise<CarePlanVersionRecord[]>;
  /** Newest first; with `page`, only versions before `beforeVersion`, at most `limit` of them. */
  listVersions(personId: string, page?: { beforeVersion?: number; limit: number }): Promise<CarePlanVersionSummary[]>;
  addSignature(signature: CarePlanSignatureRecord): Promise<void>;
  listSignatures(personId: string): Promise<CarePlanSignatureRecord[]>;
  createProposal(proposal: CarePlanProposalRecord): Promise<void>;
  findProposal(personId: string, id: string): Promise<CarePlanProposalRecord | null>;
  /** Records the person's decision on a pending proposal; false when it was no longer pending. */
  decideProposal(personId: string, id: string, decision: ProposalDecision): Promise<boolean>;
  /** Newest first; all statuses unless one is given. */
  listProposals(personId: string, status?: ProposalStatus): Promise<CarePlanProposalRecord[]>;
  addMessage(message: CarePlanMessageRecord): Promise<void>;
  /** Oldest first, as a conversation is read. */
  /** Oldest first; with `page`, only messages after the one with `afterId`, at most `limit` of them. */
  listMessages(
    personId: string,
    sectionKey: string,
    page?: { afterId?: string; limit: number },
  ): Promise<CarePlanMessageRecord[]>;
  countMessages(personId: string): Promise<Map<string, number>>;
  /** The service's own sections for new plans, or null for the shipped defaults. */
  findTemplate(): Promise<SectionDefinition[] | null>;
  saveTemplate(sections: SectionDefinition[], accountId: string, now: Date): Promise<void>;
  /** Many plans at once, in a few statements per table, for demo and import loads into people with no plan. */
  createMany(plans: CarePlanImport[]): Promise<void>;
}
