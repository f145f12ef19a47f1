import { decidePersonAccess, type AccessBasis } from '../../domain/access/person-access-policy';
import type { Actor } from '../../domain/accounts/actor';
import { recordAudit } from '../audit/record-audit';
import { sectionDefinitionsFor } from '../care-plan/section-definitions';
import type { CrisisContactRecord, PersonRecord } from '../organisation/ports';
import { loadFacts, requirePersonAccess } from '../access/require-person-access';
import type { Repositories, ServiceDeps } from '../ports';
import { messageSideOf } from './message-author';
import type { MessageCursor, MessageView } from './ports';

/** The most messages one request returns; older ones come page by page. */
export const CONVERSATION_PAGE_LIMIT = 50;

export interface Conversation {
  personId: string;
  personName: string;
  /** Newest first. */
  messages: MessageView[];
  /** How many of these messages, written by others, the reader had not read before opening them. */
  newForReader: number;
  /** When the team reads messages, and who to ring in a crisis: shown beside every conversation. */
  teamContact: { teamName: string; phone: string | null; serviceHours: string | null };
  crisisContacts: CrisisContactRecord[];
  /**
   * The person's own "people I can ask for help" and "professionals and services" from the current
   * version of their safety plan, when the reader may see the safety plan; null when they may not.
   */
  safetyPlanContacts: SafetyPlanContactSection[] | null;
  basis: AccessBasis;
  canSend: boolean;
}

export interface SafetyPlanContactSection {
  key: string;
  heading: string;
  text: string;
}

/** The safety plan's sections that name who the person turns to, shown beside the service hours. */
const CONTACT_SECTION_KEYS = ['people_to_ask', 'professionals'] as const;

/**
 * Opens a person's conversation with their care team a page at a time, newest first, and marks
 * what the reader now sees as read, so the sender can see who read it and when.
 */
export async function getConversation(
  deps: ServiceDeps,
  input: { personId: string; before?: MessageCursor; limit?: number },
  actor: Actor,
): Promise<Conversation> {
  return deps.uow.run(async (repositories) => {
    const now = deps.now();
    const { person, basis } = await requirePersonAccess(repositories, actor, input.personId, 'read_messages', now);
    const messages = await repositories.messages.listForPerson(person.id, {
      before: input.before,
      limit: Math.min(input.limit ?? CONVERSATION_PAGE_LIMIT, CONVERSATION_PAGE_LIMIT),
    });
    const unread = messages.filter(
      (m) => m.authorAccountId !== actor.accountId && !m.reads.some((r) => r.accountId === actor.accountId),
    );
    const readerKind = messageSideOf(actor);
    await repositories.messages.markRead(
      unread.map((m) => ({
        messageId: m.id,
        personId: person.id,
        accountId: actor.accountId,
        readerName: actor.displayName,
        readerKind,
        readAt: now,
      })),
    );
    const team = await repositories.organisation.findTeam(person.teamId);
    const crisisContacts = await repositories.organisation.listCrisisContacts();
    const safetyPlanContacts = await readSafetyPlanContacts(repositories, actor, person, now);
    await recordAudit(repositories, actor, now, {
      action: 'messages.read',
      personId: person.id,
      basis,
      detail: {
        count: messages.length,
        newlyRead: unread.length,
        safetyPlanContactSections: safetyPlanContacts?.length ?? 0,
      },
    });
    const readNow = new Set(unread.map((m) => m.id));
    return {
      personId: person.id,
      personName: person.preferredName ?? person.name,
      messages: messages.map((m) =>
        readNow.has(m.id)
          ? {
              ...m,
              reads: [
                ...m.reads,
                { accountId: actor.accountId, readerName: actor.displayName, readerKind, readAt: now },
              ],
            }
          : m,
      ),
      newForReader: unread.length,
      teamContact: { teamName: team?.name ?? '', phone: team?.phone ?? null, serviceHours: team?.serviceHours ?? null },
      crisisContacts,
      safetyPlanContacts,
      basis,
      canSend: person.dischargedOn === null,
    };
  });
}

/**
 * The contact sections of the person's current safety plan, written in their own words. The access
 * policy decides, as for the safety plan itself: a carer sees them only when the person shares the
 * safety plan with them. Sections left empty are left out; null when the reader may not see the plan.
 */
async function readSafetyPlanContacts(
  repositories: Repositories,
  actor: Actor,
  person: PersonRecord,
  now: Date,
): Promise<SafetyPlanContactSection[] | null> {
  const facts = await loadFacts(repositories, actor, person, now);
  if (!decidePersonAccess(actor, person.id, 'read_safety_plan', facts).allowed) return null;
  const documents = repositories.documents('safety_plan');
  const plan = await documents.findPlan(person.id);
  if (!plan || plan.currentVersion === 0) return [];
  const definitions = await sectionDefinitionsFor(repositories, plan, 'safety_plan');
  const revisions = await documents.sectionsAt(person.id, plan.currentVersion);
  return CONTACT_SECTION_KEYS.flatMap((key) => {
    const definition = definitions.find((d) => d.key === key);
    const text = revisions.find((r) => r.sectionKey === key)?.text.trim() ?? '';
    return definition && text ? [{ key, heading: definition.title, text }] : [];
  });
}
