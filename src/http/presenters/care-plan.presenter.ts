import type { CarePlanView, ProposalView, SectionView, SignatureView } from '../../services/care-plan/care-plan-view';
import type { CarePlanComparison } from '../../services/care-plan/compare-care-plan-versions';
import type { CarePlanVersionEntry } from '../../services/care-plan/list-care-plan-versions';
import type { CarePlanMessageRecord } from '../../services/care-plan/ports';
import type { SaveCarePlanSectionResult } from '../../services/care-plan/save-care-plan-section';
import type {
  CarePlanComparisonResponse,
  CarePlanResponse,
  CarePlanSectionDto,
  CarePlanVersionDto,
  ProposalDto,
  SaveSectionResponse,
  SectionMessageDto,
  SignatureDto,
} from '../../shared/api/care-plan.responses';

// Care plan results to the JSON the API promises (shared/api/care-plan.responses.ts): instants as ISO strings.

const iso = (at: Date | null) => at?.toISOString() ?? null;
const decided = (d: { name: string; at: Date } | null) => (d ? { name: d.name, at: d.at.toISOString() } : null);

export function presentSection(s: SectionView): CarePlanSectionDto {
  return { ...s, voice: s.voice ?? null, writtenAt: iso(s.writtenAt), acceptedBy: decided(s.acceptedBy) };
}

export function presentSignature(s: SignatureView): SignatureDto {
  return { ...s, signedAt: s.signedAt.toISOString() };
}

export function presentProposal(p: ProposalView): ProposalDto {
  return { ...p, proposedAt: p.proposedAt.toISOString(), decidedBy: decided(p.decidedBy) };
}

export function presentCarePlan(plan: CarePlanView): CarePlanResponse {
  return {
    ...plan,
    agreement: { state: plan.agreement.state, signatures: plan.agreement.signatures.map(presentSignature) },
    sections: plan.sections.map(presentSection),
    pendingProposals: plan.pendingProposals?.map(presentProposal) ?? null,
  };
}

export function presentSaveResult(result: SaveCarePlanSectionResult): SaveSectionResponse {
  return result.outcome === 'proposed'
    ? { outcome: 'proposed', planVersion: result.planVersion, proposal: presentProposal(result.proposal) }
    : { outcome: result.outcome, planVersion: result.planVersion, section: presentSection(result.section) };
}

export function presentVersion(v: CarePlanVersionEntry): CarePlanVersionDto {
  return { ...v, acceptedBy: decided(v.acceptedBy), createdAt: v.createdAt.toISOString() };
}

export function presentComparison(c: CarePlanComparison): CarePlanComparisonResponse {
  return c;
}

export function presentMessage(m: CarePlanMessageRecord): SectionMessageDto {
  return {
    id: m.id,
    sectionKey: m.sectionKey,
    author: { name: m.authorName, kind: m.authorKind, role: m.authorRole },
    text: m.text,
    createdAt: m.createdAt.toISOString(),
  };
}
