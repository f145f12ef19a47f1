import type { AccessBasis } from '../../domain/access/person-access-policy';
import type { AgreementState, SignerKind } from '../../domain/care-plan/agreement';
import { isHeldByPerson, type AuthorKind } from '../../domain/care-plan/authorship';
import type { SectionDefinition } from '../../domain/care-plan/care-plan-sections';
import type { DocumentKind } from '../../domain/care-plan/document-kind';
import type { ProposalStatus } from '../../domain/care-plan/proposal-status';
import { diffWords, type DiffSegment } from '../../domain/care-plan/word-diff';
import type { CarePlanProposalRecord, CarePlanVersionRecord } from './ports';

/** Who wrote something, as the plan shows it. `role` is 'service_user' for the person, else a care-team role. */
export interface AuthorView {
  name: string;
  kind: AuthorKind;
  role: string;
}

/** One section as it reads at a version, with who wrote it and when. */
export interface SectionView extends SectionDefinition {
  text: string;
  /** The plan version at which this section last changed; 0 when it was never written. Send it back as baseVersion. */
  version: number;
  writtenBy: AuthorView | null;
  writtenAt: Date | null;
  acceptedBy: { name: string; at: Date } | null;
  /** The person wrote this text themself, including text they took in from a worker's proposal to their own words. */
  isPersonsOwnWords: boolean;
  /** When the person took a worker's proposed change into their own words: who proposed it. The person stays the author. */
  includesChangeBy: AuthorView | null;
  /** The person wrote or accepted this text, so a worker's change becomes a proposal. */
  isHeldByPerson: boolean;
  pendingProposals: number;
  messages: number;
}

export interface SignatureView {
  signerKind: SignerKind;
  name: string;
  signedAt: Date;
  /** The viewer gave this signature: a care coordinator who took over signs again in their own name. */
  isYours: boolean;
}

/** A stored signature as the viewer sees it. */
export const signatureView = (
  s: { signerKind: SignerKind; signerName: string; signedAt: Date; accountId: string },
  viewerAccountId: string,
): SignatureView => ({
  signerKind: s.signerKind,
  name: s.signerName,
  signedAt: s.signedAt,
  isYours: s.accountId === viewerAccountId,
});

export interface ProposalView {
  id: string;
  sectionKey: string;
  sectionTitle: string;
  baseVersion: number;
  text: string;
  proposedBy: AuthorView;
  proposedAt: Date;
  status: ProposalStatus;
  decidedBy: { name: string; at: Date } | null;
  decisionNote: string | null;
  appliedVersion: number | null;
  /** For a pending proposal, what accepting it would change in the section as it reads now. */
  changes: DiffSegment[] | null;
}

export interface CarePlanView {
  /** Which of the person's co-produced documents this is. */
  kind: DocumentKind;
  personId: string;
  personName: string;
  version: number;
  currentVersion: number;
  latestAgreedVersion: number | null;
  agreement: { state: AgreementState; signatures: SignatureView[] };
  sections: SectionView[];
  wordCount: number;
  readingMinutes: number;
  /** Null for carers: the person shares the plan with them, not the conversations about it. */
  pendingProposals: ProposalView[] | null;
  nextReviewDue: string | null;
  access: {
    basis: AccessBasis;
    canWrite: boolean;
    /** The signature the viewer would give: the person's or the care coordinator's; null when they cannot sign. */
    signAs: SignerKind | null;
    canDecideProposals: boolean;
  };
}

/** The sections in the plan's order, filled with their text at a version. */
export function sectionViews(
  definitions: readonly SectionDefinition[],
  revisions: readonly CarePlanVersionRecord[],
  counts: { proposals: Map<string, number>; messages: Map<string, number> },
  /** Accepted proposals by id, to say who proposed a change the person took into their own words. */
  proposals: ReadonlyMap<string, Pick<CarePlanProposalRecord, 'proposerName' | 'proposerRole'>> = new Map(),
): SectionView[] {
  const byKey = new Map(revisions.map((r) => [r.sectionKey, r]));
  return definitions.map((definition) => {
    const r = byKey.get(definition.key);
    const accepted = r?.acceptedByName && r.acceptedAt ? { name: r.acceptedByName, at: r.acceptedAt } : null;
    return {
      ...definition,
      text: r?.text ?? '',
      version: r?.version ?? 0,
      writtenBy: r ? { name: r.authorName, kind: r.authorKind, role: r.authorRole } : null,
      writtenAt: r?.createdAt ?? null,
      acceptedBy: accepted,
      isPersonsOwnWords: r?.authorKind === 'person',
      includesChangeBy: includedChange(r, proposals),
      isHeldByPerson:
        definition.voice === 'person' ||
        (r ? isHeldByPerson({ authorKind: r.authorKind, isAcceptedByPerson: accepted !== null }) : false),
      pendingProposals: counts.proposals.get(definition.key) ?? 0,
      messages: counts.messages.get(definition.key) ?? 0,
    };
  });
}

/** A proposal as the plan shows it; pass the section's current text to show what accepting would change. */
export function proposalView(
  p: CarePlanProposalRecord,
  sectionTitle: string,
  currentText: string | null,
): ProposalView {
  return {
    id: p.id,
    sectionKey: p.sectionKey,
    sectionTitle,
    baseVersion: p.baseVersion,
    text: p.text,
    proposedBy: { name: p.proposerName, kind: 'worker', role: p.proposerRole },
    proposedAt: p.proposedAt,
    status: p.status,
    decidedBy: p.decidedByName && p.decidedAt ? { name: p.decidedByName, at: p.decidedAt } : null,
    decisionNote: p.decisionNote,
    appliedVersion: p.appliedVersion,
    changes: p.status === 'pending' && currentText !== null ? diffWords(currentText, p.text) : null,
  };
}

/** One section at its latest revision, as returned after a save. */
export function sectionView(
  definition: SectionDefinition,
  revision: CarePlanVersionRecord | null,
  proposal?: CarePlanProposalRecord,
): SectionView {
  const proposals = new Map(proposal ? [[proposal.id, proposal]] : []);
  return sectionViews(
    [definition],
    revision ? [revision] : [],
    { proposals: new Map(), messages: new Map() },
    proposals,
  )[0]!;
}

function includedChange(
  revision: CarePlanVersionRecord | undefined,
  proposals: ReadonlyMap<string, Pick<CarePlanProposalRecord, 'proposerName' | 'proposerRole'>>,
): AuthorView | null {
  if (revision?.authorKind !== 'person' || !revision.proposalId) return null;
  const proposal = proposals.get(revision.proposalId);
  return proposal ? { name: proposal.proposerName, kind: 'worker', role: proposal.proposerRole } : null;
}
