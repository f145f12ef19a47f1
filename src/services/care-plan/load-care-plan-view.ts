import { agreementState, latestAgreedVersion } from '../../domain/care-plan/agreement';
import { readingLength } from '../../domain/care-plan/reading-time';
import type { Actor } from '../../domain/accounts/actor';
import type { PersonAccess } from '../access/require-person-access';
import type { DocumentKind } from '../../domain/care-plan/document-kind';
import type { Repositories } from '../ports';
import { isThePerson, signerKindOf } from './care-plan-editor';
import { proposalView, sectionViews, signatureView, type CarePlanView } from './care-plan-view';
import type { CarePlanProposalRecord, CarePlanSignatureRecord } from './ports';
import { requireVersion, sectionDefinitionsFor } from './section-definitions';
import { inTurn } from '../in-turn';

/**
 * Reads a plan as it was at a version (the current one by default), with its agreement, length
 * and what the viewer may do. Access has been checked already; the caller audits the read.
 */
export async function loadCarePlanView(
  repositories: Repositories,
  access: PersonAccess,
  actor: Actor,
  options: { version?: number; now: Date; kind?: DocumentKind },
): Promise<CarePlanView> {
  const { person, basis } = access;
  const kind = options.kind ?? 'care_plan';
  const documents = repositories.documents(kind);
  const plan = await documents.findPlan(person.id);
  const definitions = await sectionDefinitionsFor(repositories, plan, kind);
  const currentVersion = plan?.currentVersion ?? 0;
  const version = options.version ?? currentVersion;
  requireVersion(version, currentVersion);
  // A carer reads the plan the person shared; the proposals and discussions behind it are not shared.
  const isCarer = basis === 'carer_consent';
  const [revisions, current, signatures, pending, messages, nextReview] = await inTurn([
    async () => (version === 0 ? [] : documents.sectionsAt(person.id, version)),
    async () => (currentVersion === 0 || isCarer ? [] : documents.sectionsAt(person.id, currentVersion)),
    () => documents.listSignatures(person.id),
    async () => (isCarer ? [] : documents.listProposals(person.id, 'pending')),
    async () => (isCarer ? new Map<string, number>() : documents.countMessages(person.id)),
    // Reviews are of the care plan; other documents have their own review dates in their words.
    async () => (kind === 'care_plan' ? repositories.reviews.findNextDue(person.id) : null),
  ]);
  // Only when the person took a proposal into their own words does the plan need who proposed it.
  const tookIn = revisions.some((r) => r.authorKind === 'person' && r.proposalId !== null);
  const accepted = tookIn
    ? new Map((await documents.listProposals(person.id, 'accepted')).map((p) => [p.id, p]))
    : new Map();
  const sections = sectionViews(definitions, revisions, { proposals: countBySection(pending), messages }, accepted);
  const currentText = new Map(current.map((r) => [r.sectionKey, r.text]));
  const titles = new Map(definitions.map((d) => [d.key, d.title]));
  const isWriter = basis === 'self' || basis === 'care_team';
  return {
    kind,
    personId: person.id,
    personName: person.preferredName ?? person.name,
    version,
    currentVersion,
    latestAgreedVersion: latestAgreedVersion(signatures),
    agreement: agreementOf(signatures, version, actor.accountId),
    sections,
    ...readingLength(sections.map((s) => s.text)),
    pendingProposals: isCarer
      ? null
      : pending.map((p) =>
          proposalView(p, titles.get(p.sectionKey) ?? p.sectionKey, currentText.get(p.sectionKey) ?? ''),
        ),
    nextReviewDue: nextReview?.dueOn ?? null,
    access: {
      basis,
      canWrite: isWriter,
      signAs: isWriter ? await signerKindOf(repositories, actor, person.id, options.now) : null,
      canDecideProposals: isThePerson(actor, person.id),
    },
  };
}

function countBySection(proposals: readonly CarePlanProposalRecord[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const p of proposals) counts.set(p.sectionKey, (counts.get(p.sectionKey) ?? 0) + 1);
  return counts;
}

function agreementOf(
  signatures: readonly CarePlanSignatureRecord[],
  version: number,
  viewerAccountId: string,
): CarePlanView['agreement'] {
  const onVersion = signatures.filter((s) => s.version === version);
  return {
    state: agreementState(onVersion.map((s) => s.signerKind)),
    signatures: onVersion.map((s) => signatureView(s, viewerAccountId)),
  };
}
