import type { AccessBasis } from '../../domain/access/person-access-policy';
import type { AgreementState, SignerKind } from '../../domain/care-plan/agreement';
import type { AuthorKind } from '../../domain/care-plan/authorship';
import type { SectionVoice } from '../../domain/care-plan/care-plan-sections';
import type { DocumentKind } from '../../domain/care-plan/document-kind';
import type { ProposalStatus } from '../../domain/care-plan/proposal-status';

// What the care plan API returns. Instants are ISO 8601 strings. Every text is plain text, to be
// shown as text, never as HTML.

export type { AgreementState, AuthorKind, DocumentKind, ProposalStatus, SectionVoice, SignerKind };

/** A run of a word-level comparison. */
export interface DiffSegmentDto {
  kind: 'same' | 'added' | 'removed';
  text: string;
}

/** `role` is 'service_user' for the person, else a care-team role such as 'care_coordinator'. */
export interface AuthorDto {
  name: string;
  kind: AuthorKind;
  role: string;
}

export interface CarePlanSectionDto {
  key: string;
  title: string;
  prompt: string;
  /** Whose words the section holds: the person's (a worker's change is a proposal), the team's, or shared (null). */
  voice: SectionVoice | null;
  text: string;
  /** The plan version at which this section last changed (0: never written). Send it back as baseVersion. */
  version: number;
  writtenBy: AuthorDto | null;
  writtenAt: string | null;
  acceptedBy: { name: string; at: string } | null;
  /** The person wrote this text themself: show it as theirs. */
  isPersonsOwnWords: boolean;
  /** Who proposed a change the person took into their own words; the person stays the author. */
  includesChangeBy: { name: string; kind: 'person' | 'worker'; role: string } | null;
  /** The person wrote or accepted it: a worker's save becomes a proposal. */
  isHeldByPerson: boolean;
  pendingProposals: number;
  messages: number;
}

export interface SignatureDto {
  signerKind: SignerKind;
  name: string;
  signedAt: string;
  /** The viewer gave this signature. */
  isYours: boolean;
}

export interface ProposalDto {
  id: string;
  sectionKey: string;
  sectionTitle: string;
  baseVersion: number;
  text: string;
  proposedBy: AuthorDto;
  proposedAt: string;
  status: ProposalStatus;
  decidedBy: { name: string; at: string } | null;
  decisionNote: string | null;
  appliedVersion: number | null;
  /** For a pending proposal: what accepting it would change in the section as it reads now. */
  changes: DiffSegmentDto[] | null;
}

export interface CarePlanResponse {
  /** Which of the person's co-produced documents this is: care plan, risk formulation, positive risk-taking plan, safety plan. */
  kind: DocumentKind;
  personId: string;
  personName: string;
  version: number;
  currentVersion: number;
  latestAgreedVersion: number | null;
  agreement: { state: AgreementState; signatures: SignatureDto[] };
  sections: CarePlanSectionDto[];
  wordCount: number;
  /** At 200 words a minute, rounded up. */
  readingMinutes: number;
  /** Null for a carer. */
  pendingProposals: ProposalDto[] | null;
  nextReviewDue: string | null;
  access: { basis: AccessBasis; canWrite: boolean; signAs: SignerKind | null; canDecideProposals: boolean };
}

/** 200 for saved or unchanged; 202 for proposed (the person decides). */
export type SaveSectionResponse =
  | { outcome: 'saved' | 'unchanged'; planVersion: number; section: CarePlanSectionDto }
  | { outcome: 'proposed'; planVersion: number; proposal: ProposalDto };

/** The body of a 409 on a stale save: `error.details`. */
export interface StaleSaveDetails {
  section: string;
  currentText: string;
  currentVersion: number;
  planVersion: number;
}

export interface AcceptProposalResponse {
  planVersion: number;
  section: CarePlanSectionDto;
}

export interface CarePlanVersionDto {
  version: number;
  sectionKey: string;
  sectionTitle: string;
  writtenBy: AuthorDto;
  acceptedBy: { name: string; at: string } | null;
  createdAt: string;
  agreement: AgreementState;
}

export interface CarePlanVersionsResponse {
  versions: CarePlanVersionDto[];
}

export interface ComparedTextDto {
  text: string;
  version: number;
  writtenBy: AuthorDto | null;
}

export interface CarePlanComparisonResponse {
  from: number;
  to: number;
  sections: {
    key: string;
    title: string;
    isChanged: boolean;
    from: ComparedTextDto;
    to: ComparedTextDto;
    segments: DiffSegmentDto[];
  }[];
}

export interface SignCarePlanResponse {
  version: number;
  state: AgreementState;
  signatures: SignatureDto[];
}

export interface CarePlanProposalsResponse {
  proposals: ProposalDto[];
}

export interface SectionMessageDto {
  id: string;
  sectionKey: string;
  author: AuthorDto;
  text: string;
  createdAt: string;
}

export interface SectionMessagesResponse {
  messages: SectionMessageDto[];
}

export interface CarePlanTemplateResponse {
  sections: { key: string; title: string; prompt: string }[];
  isDefault: boolean;
}
