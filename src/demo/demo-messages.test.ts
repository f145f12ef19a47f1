import { describe, expect, it } from 'vitest';
import { TEST_NOW, type TestDatabase, useTestDatabase } from '../../test/support/test-database';
import { signIn } from '../services/accounts/sign-in';
import { getConversation } from '../services/messages/get-conversation';
import { listInbox } from '../services/messages/list-inbox';
import { listReflections } from '../services/reflections/list-reflections';
import { loadDemoOrganisation } from './load-demo-organisation';

let t: TestDatabase;
useTestDatabase(async (opened) => {
  t = opened;
  await loadDemoOrganisation(t.deps, { scale: 1, seed: 1, today: TEST_NOW });
});

const actorOf = async (username: string) => (await signIn(t.deps, { username, password: 'tandem-demo' })).actor;

describe('demo messages and reflections', () => {
  it('gives the demo person a conversation whose newest message waits for the care team', async () => {
    const worker = await actorOf('demo-worker');
    const inbox = await listInbox(t.deps, worker);
    const jo = inbox.find((row) => row.waitingForCareTeam > 0);
    expect(jo).toMatchObject({ preferredName: 'Jo', waitingForCareTeam: 1, unreadCount: 1 });
    const person = await actorOf('demo-person');
    const conversation = await getConversation(t.deps, { personId: person.personId! }, person);
    expect(conversation.messages.map((m) => m.authorKind)).toEqual(['person', 'person', 'worker', 'person']);
    expect(conversation.messages[1]?.reads.some((r) => r.readerKind === 'worker')).toBe(true);
  });

  it('gives the demo worker a reflective log, one entry shared with the demo manager, answered and discussed', async () => {
    const worker = await actorOf('demo-worker');
    const own = await listReflections(t.deps, {}, worker);
    expect(own.entries).toHaveLength(2);
    const manager = await actorOf('demo-manager');
    const shared = await listReflections(t.deps, { workerId: worker.workerId! }, manager);
    expect(shared.entries).toHaveLength(1);
    expect(shared.entries[0]?.replies).toHaveLength(1);
    expect(shared.sessions[0]?.reflectionIds).toEqual([shared.entries[0]?.id]);
  });
});
