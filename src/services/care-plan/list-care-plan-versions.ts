import type { Actor } from '../../domain/accounts/actor';
import { agreementState, type AgreementState, type SignerKind } from '../../domain/care-plan/agreement';
import { requirePersonAccess } from '../access/require-person-access';
import { recordAudit } from '../audit/record-audit';
import type { ServiceDeps } from '../ports';
import type { AuthorView } from './care-plan-view';
import { sectionDefinitionsFor } from './section-definitions';
import { inTurn } from '../in-turn';
import { documentOf, type DocumentInput } from './document-of';

/** One entry in a plan's history: what changed in it, who wrote it, and whether it was agreed. */
export interface CarePlanVersionEntry {
  version: number;
  sectionKey: string;
  sectionTitle: string;
  writtenBy: AuthorView;
  acceptedBy: { name: string; at: Date } | null;
  createdAt: Date;
  agreement: AgreementState;
}

/** The most versions one request returns; earlier ones come page by page (`beforeVersion`). */
export const VERSIONS_PAGE_LIMIT = 100;

/** A plan's history, newest first, a page at a time. Nothing earlier is ever lost. */
export async function listCarePlanVersions(
  deps: ServiceDeps,
  input: DocumentInput & { personId: string; beforeVersion?: number; limit?: number },
  actor: Actor,
): Promise<CarePlanVersionEntry[]> {
  return deps.uow.run(async (repositories) => {
    const { kind, rules, documents } = documentOf(repositories, input.kind);
    const now = deps.now();
    const { person, basis } = await requirePersonAccess(repositories, actor, input.personId, rules.readAction, now);
    const [plan, versions, signatures] = await inTurn([
      () => documents.findPlan(person.id),
      () =>
        documents.listVersions(person.id, {
          beforeVersion: input.beforeVersion,
          limit: Math.min(input.limit ?? VERSIONS_PAGE_LIMIT, VERSIONS_PAGE_LIMIT),
        }),
      () => documents.listSignatures(person.id),
    ]);
    const titles = new Map((await sectionDefinitionsFor(repositories, plan, kind)).map((s) => [s.key, s.title]));
    const signers = new Map<number, SignerKind[]>();
    for (const s of signatures) signers.set(s.version, [...(signers.get(s.version) ?? []), s.signerKind]);
    await recordAudit(repositories, actor, now, {
      action: `${kind}.versions.read`,
      personId: person.id,
      basis,
      detail: { count: versions.length },
    });
    return versions.map((v) => ({
      version: v.version,
      sectionKey: v.sectionKey,
      sectionTitle: titles.get(v.sectionKey) ?? v.sectionKey,
      writtenBy: { name: v.authorName, kind: v.authorKind, role: v.authorRole },
      acceptedBy: v.acceptedByName && v.acceptedAt ? { name: v.acceptedByName, at: v.acceptedAt } : null,
      createdAt: v.createdAt,
      agreement: agreementState(signers.get(v.version) ?? []),
    }));
  });
}
