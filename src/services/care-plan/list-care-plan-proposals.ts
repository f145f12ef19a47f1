import type { Actor } from '../../domain/accounts/actor';
import type { ProposalStatus } from '../../domain/care-plan/proposal-status';
import { requirePersonAccess } from '../access/require-person-access';
import { recordAudit } from '../audit/record-audit';
import type { ServiceDeps } from '../ports';
import { proposalView, type ProposalView } from './care-plan-view';
import { refuseCarerDiscussion } from './section-thread-access';
import { sectionDefinitionsFor } from './section-definitions';
import { inTurn } from '../in-turn';
import { documentOf, type DocumentInput } from './document-of';

/** Every proposed change to the person's words, newest first: pending, accepted and declined alike. */
export async function listCarePlanProposals(
  deps: ServiceDeps,
  input: DocumentInput & { personId: string; status?: ProposalStatus },
  actor: Actor,
): Promise<ProposalView[]> {
  return deps.uow.run(async (repositories) => {
    const { kind, rules, documents } = documentOf(repositories, input.kind);
    const now = deps.now();
    const { person, basis } = await requirePersonAccess(repositories, actor, input.personId, rules.readAction, now);
    refuseCarerDiscussion(basis);
    const plan = await documents.findPlan(person.id);
    const titles = new Map((await sectionDefinitionsFor(repositories, plan, kind)).map((s) => [s.key, s.title]));
    const [proposals, current] = await inTurn([
      () => documents.listProposals(person.id, input.status),
      async () => (plan && plan.currentVersion > 0 ? documents.sectionsAt(person.id, plan.currentVersion) : []),
    ]);
    const currentText = new Map(current.map((r) => [r.sectionKey, r.text]));
    await recordAudit(repositories, actor, now, {
      action: `${kind}.proposals.read`,
      personId: person.id,
      basis,
      detail: { count: proposals.length },
    });
    return proposals.map((p) =>
      proposalView(p, titles.get(p.sectionKey) ?? p.sectionKey, currentText.get(p.sectionKey) ?? ''),
    );
  });
}
