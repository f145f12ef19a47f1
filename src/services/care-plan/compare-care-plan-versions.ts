import type { Actor } from '../../domain/accounts/actor';
import { diffWords, type DiffSegment } from '../../domain/care-plan/word-diff';
import { requirePersonAccess } from '../access/require-person-access';
import { recordAudit } from '../audit/record-audit';
import type { ServiceDeps } from '../ports';
import type { AuthorView } from './care-plan-view';
import type { CarePlanVersionRecord } from './ports';
import { requireVersion, sectionDefinitionsFor } from './section-definitions';
import { documentOf, type DocumentInput } from './document-of';

/** One side of a section in a comparison. */
export interface ComparedText {
  text: string;
  version: number;
  writtenBy: AuthorView | null;
}

export interface SectionComparison {
  key: string;
  title: string;
  isChanged: boolean;
  from: ComparedText;
  to: ComparedText;
  /** A word-level reading of the change, from `from` to `to`. */
  segments: DiffSegment[];
}

export interface CarePlanComparison {
  from: number;
  to: number;
  sections: SectionComparison[];
}

/** Compares any two versions of a plan side by side, section by section, word by word. */
export async function compareCarePlanVersions(
  deps: ServiceDeps,
  input: DocumentInput & { personId: string; from: number; to: number },
  actor: Actor,
): Promise<CarePlanComparison> {
  return deps.uow.run(async (repositories) => {
    const { kind, rules, documents } = documentOf(repositories, input.kind);
    const now = deps.now();
    const { person, basis } = await requirePersonAccess(repositories, actor, input.personId, rules.readAction, now);
    const plan = await documents.findPlan(person.id);
    const currentVersion = plan?.currentVersion ?? 0;
    requireVersion(input.from, currentVersion);
    requireVersion(input.to, currentVersion);
    const textsAt = async (version: number) =>
      new Map((version === 0 ? [] : await documents.sectionsAt(person.id, version)).map((r) => [r.sectionKey, r]));
    const before = await textsAt(input.from);
    const after = await textsAt(input.to);
    const sections = (await sectionDefinitionsFor(repositories, plan, kind)).map((definition) => {
      const from = compared(before.get(definition.key));
      const to = compared(after.get(definition.key));
      return {
        key: definition.key,
        title: definition.title,
        isChanged: from.text !== to.text,
        from,
        to,
        segments: diffWords(from.text, to.text),
      };
    });
    await recordAudit(repositories, actor, now, {
      action: `${kind}.compare`,
      personId: person.id,
      basis,
      detail: { from: input.from, to: input.to },
    });
    return { from: input.from, to: input.to, sections };
  });
}

const compared = (revision: CarePlanVersionRecord | undefined): ComparedText => ({
  text: revision?.text ?? '',
  version: revision?.version ?? 0,
  writtenBy: revision ? { name: revision.authorName, kind: revision.authorKind, role: revision.authorRole } : null,
});
