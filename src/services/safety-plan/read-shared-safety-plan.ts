import { sectionDefinitionsFor } from '../care-plan/section-definitions';
import type { Repositories } from '../ports';
import type { SharedDocumentView } from '../share-links/shared-documents';

/**
 * The safety plan as a share link shows it: the current version's sections in the plan's order,
 * the name the person goes by, and when it last changed. Nothing else of the record: no authors,
 * proposals, discussion or care team. Null when the person has written nothing yet.
 */
export async function readSharedSafetyPlan(
  repositories: Repositories,
  personId: string,
): Promise<SharedDocumentView | null> {
  const person = await repositories.organisation.findPerson(personId);
  if (!person) return null;
  const documents = repositories.documents('safety_plan');
  const plan = await documents.findPlan(personId);
  if (!plan || plan.currentVersion === 0) return null;
  const definitions = await sectionDefinitionsFor(repositories, plan, 'safety_plan');
  const revisions = await documents.sectionsAt(personId, plan.currentVersion);
  const text = new Map(revisions.map((revision) => [revision.sectionKey, revision.text]));
  const updatedAt = revisions.reduce<Date | null>(
    (latest, revision) => (latest && latest > revision.createdAt ? latest : revision.createdAt),
    null,
  );
  return {
    kind: 'safety_plan',
    title: 'Safety plan',
    personName: person.preferredName ?? person.name,
    updatedAt,
    sections: definitions.map((definition) => ({
      key: definition.key,
      heading: definition.title,
      text: text.get(definition.key) ?? '',
    })),
  };
}
