import type { Actor } from '../../domain/accounts/actor';
import { CARE_PLAN_LIMITS, characterCount } from '../../domain/care-plan/care-plan-sections';
import { AppError } from '../../domain/errors/app-error';
import { requirePersonAccess } from '../access/require-person-access';
import { recordAudit } from '../audit/record-audit';
import { newId } from '../new-id';
import type { ServiceDeps } from '../ports';
import { editorOf } from './care-plan-editor';
import type { CarePlanMessageRecord } from './ports';
import { requireSection, sectionDefinitionsFor } from './section-definitions';
import { documentOf, type DocumentInput } from './document-of';

/** Adds a message to a section's discussion, from the person or a worker in their care team. */
export async function postSectionMessage(
  deps: ServiceDeps,
  input: DocumentInput & { personId: string; sectionKey: string; text: string },
  actor: Actor,
): Promise<CarePlanMessageRecord> {
  const text = input.text.replace(/\r\n?/g, '\n').trim();
  if (text === '') throw new AppError('bad_request', 'Write a message first.', { field: 'text' });
  if (characterCount(text) > CARE_PLAN_LIMITS.maxMessageCharacters) {
    throw new AppError(
      'bad_request',
      `A message can be at most ${CARE_PLAN_LIMITS.maxMessageCharacters.toLocaleString('en-GB')} characters.`,
      { field: 'text' },
    );
  }
  return deps.uow.run(async (repositories) => {
    const { kind, rules, documents } = documentOf(repositories, input.kind);
    const now = deps.now();
    const { person, basis } = await requirePersonAccess(repositories, actor, input.personId, rules.writeAction, now);
    requireSection(
      await sectionDefinitionsFor(repositories, await documents.findPlan(person.id), kind),
      input.sectionKey,
    );
    const author = await editorOf(repositories, actor, person.id, now);
    const message: CarePlanMessageRecord = {
      personId: person.id,
      id: newId(),
      sectionKey: input.sectionKey,
      authorAccountId: author.accountId,
      authorName: author.name,
      authorKind: author.kind,
      authorRole: author.role,
      text,
      createdAt: now,
    };
    await documents.addMessage(message);
    await recordAudit(repositories, actor, now, {
      action: `${kind}.message.create`,
      personId: person.id,
      basis,
      detail: { section: input.sectionKey, messageId: message.id },
    });
    return message;
  });
}
