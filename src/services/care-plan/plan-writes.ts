import type { SectionAuthorship } from '../../domain/care-plan/authorship';
import type { DocumentKind } from '../../domain/care-plan/document-kind';
import type { Repositories } from '../ports';
import type { Editor } from './care-plan-editor';
import type { CarePlanRecord, CarePlanVersionRecord } from './ports';
import { sectionDefinitionsFor } from './section-definitions';

/** Locks the person's document of that kind for this transaction, starting it from the service's sections if it is new. */
export async function lockPlanOf(
  repositories: Repositories,
  personId: string,
  now: Date,
  kind: DocumentKind = 'care_plan',
): Promise<CarePlanRecord> {
  const documents = repositories.documents(kind);
  const sections = await sectionDefinitionsFor(repositories, await documents.findPlan(personId), kind);
  return documents.lockPlan(personId, sections, now);
}

/** The section's latest version, or null when it was never written. */
export async function currentRevision(
  repositories: Repositories,
  plan: CarePlanRecord,
  sectionKey: string,
): Promise<CarePlanVersionRecord | null> {
  if (plan.currentVersion === 0) return null;
  return (
    (await repositories.documents(plan.kind).sectionsAt(plan.personId, plan.currentVersion)).find(
      (r) => r.sectionKey === sectionKey,
    ) ?? null
  );
}

/** What decides whether a worker may change the section directly. */
export const authorshipOf = (revision: CarePlanVersionRecord | null): SectionAuthorship | null =>
  revision ? { authorKind: revision.authorKind, isAcceptedByPerson: revision.acceptedByAccountId !== null } : null;

/** Appends the next version of the plan with one section's new text. */
export async function appendVersion(
  repositories: Repositories,
  options: {
    plan: CarePlanRecord;
    sectionKey: string;
    text: string;
    author: Editor;
    acceptedBy?: Editor;
    proposalId?: string;
    now: Date;
  },
): Promise<CarePlanVersionRecord> {
  const { plan, author, acceptedBy, now } = options;
  const version: CarePlanVersionRecord = {
    personId: plan.personId,
    version: plan.currentVersion + 1,
    sectionKey: options.sectionKey,
    text: options.text,
    authorAccountId: author.accountId,
    authorName: author.name,
    authorKind: author.kind,
    authorRole: author.role,
    acceptedByAccountId: acceptedBy?.accountId ?? null,
    acceptedByName: acceptedBy?.name ?? null,
    acceptedAt: acceptedBy ? now : null,
    proposalId: options.proposalId ?? null,
    createdAt: now,
  };
  await repositories.documents(plan.kind).addVersion(version);
  return version;
}
