import type { CarePlanVersionEntry } from '../services/care-plan/list-care-plan-versions';
import type { CarePlanComparison } from '../services/care-plan/compare-care-plan-versions';
import type { CarePlanView, ProposalView, SectionView, SignatureView } from '../services/care-plan/care-plan-view';
import type { CarePlanMessageRecord } from '../services/care-plan/ports';
import type { SaveCarePlanSectionResult } from '../services/care-plan/save-care-plan-section';
import type { ReviewView } from '../services/reviews/review-view';
import type { CarePlanComparisonResponse, CarePlanResponse, CarePlanSectionDto, CarePlanVersionDto, ProposalDto, SaveSectionResponse, SectionMessageDto, SignatureDto } from '../shared/api/care-plan.responses';
import type { ReviewDto } from '../shared/api/reviews.responses';

// Care plan service results to the JSON the API promises (src/shared/api/care-plan.responses.ts).

const iso = (at: Date | null) => at?.toISOString() ?? null;
const decided = (d: { name: string; at: Date } | null) => (d ? { name: d.name, at: d.at.toISOString() } : null);

export const presentSection = (s: SectionView): CarePlanSectionDto => ({ ...s, writtenAt: iso(s.writtenAt), acceptedBy: decided(s.acceptedBy) });

export const presentSignature = (s: SignatureView): SignatureDto => ({ ...s, signedAt: s.signedAt.toISOString() });

export const presentProposal = (p: ProposalView): ProposalDto => ({ ...p, proposedAt: p.proposedAt.toISOString(), decidedBy: decided(p.decidedBy) });

export const presentCarePlan = (plan: CarePlanView): CarePlanResponse => ({
  ...plan,
  agreement: { state: plan.agreement.state, signatures: plan.agreement.signatures.map(presentSignature) },
  sections: plan.sections.map(presentSection),
  pendingProposals: plan.pendingProposals?.map(presentProposal) ?? null,
});

export const presentSaveResult = (result: SaveCarePlanSectionResult): SaveSectionResponse =>
  result.outcome === 'proposed'
    ? { outcome: 'proposed', planVersion: result.planVersion, proposal: presentProposal(result.proposal) }
    : { outcome: result.outcome, planVersion: result.planVersion, section: presentSection(result.section) };

export const presentVersion = (v: CarePlanVersionEntry): CarePlanVersionDto => ({ ...v, acceptedBy: decided(v.acceptedBy), createdAt: v.createdAt.toISOString() });

export const presentComparison = (c: CarePlanComparison): CarePlanComparisonResponse => c;

export const presentMessage = (m: CarePlanMessageRecord): SectionMessageDto => ({
  id: m.id,
  sectionKey: m.sectionKey,
  author: { name: m.authorName, kind: m.authorKind, role: m.authorRole },
  text: m.text,
  createdAt: m.createdAt.toISOString(),
});

export const presentReview = (r: ReviewView): ReviewDto => ({
  id: r.id,
  dueOn: r.dueOn,
  heldOn: r.heldOn,
  outcome: r.outcome ? { ...r.outcome, recordedAt: r.outcome.recordedAt.toISOString() } : null,
});
