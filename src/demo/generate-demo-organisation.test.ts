import { describe, expect, it } from 'vitest';
import type { MembershipRecord } from '../services/care-team/ports';
import { emptyChunk, type DemoChunk } from './demo-chunk';
import { generateDemoOrganisation, type DemoOptions } from './generate-demo-organisation';

const TODAY = new Date('2026-06-15T10:00:00Z');
const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** Every chunk merged into one, for looking at the whole demo of a small scale. */
function generateAll(options: DemoOptions): DemoChunk & { chunks: number } {
  const all = emptyChunk();
  let chunks = 0;
  for (const chunk of generateDemoOrganisation(options)) {
    chunks += 1;
    for (const key of Object.keys(all) as (keyof DemoChunk)[]) (all[key] as unknown[]).push(...chunk[key]);
  }
  return { ...all, chunks };
}

const scaleOne = generateAll({ scale: 1, seed: 1, today: TODAY });

describe('generateDemoOrganisation', () => {
  it('gives identical records, ids included, for the same scale, seed and day', () => {
    const again = generateAll({ scale: 1, seed: 1, today: new Date('2026-06-15T23:59:00Z') });
    expect(again).toEqual(scaleOne);
  });

  it('gives a different organisation for a different seed', () => {
    const other = generateAll({ scale: 1, seed: 2, today: TODAY });
    expect(other.people.map((p) => p.id)).not.toEqual(scaleOne.people.map((p) => p.id));
    expect(other.people.map((p) => p.name)).not.toEqual(scaleOne.people.map((p) => p.name));
  });

  it('makes every id a distinct UUID version 7', () => {
    const ids = [
      ...scaleOne.sites,
      ...scaleOne.teams,
      ...scaleOne.workers,
      ...scaleOne.people,
      ...scaleOne.carers,
      ...scaleOne.memberships,
      ...scaleOne.contacts,
      ...scaleOne.reviews,
      ...scaleOne.accounts,
      ...scaleOne.responses,
      ...scaleOne.meetings.flatMap((m) => m.actions),
      ...scaleOne.feedback,
      ...scaleOne.handovers,
    ].map((record) => record.id);
    expect(scaleOne.meetings.length).toBeGreaterThan(0);
    expect(ids.every((id) => UUID_V7.test(id))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('hands over bounded chunks that refer only to records already handed over', () => {
    const seen = new Set<string>();
    const missing: string[] = [];
    const need = (id: string | null, what: string) => {
      if (id !== null && !seen.has(id)) missing.push(what);
    };
    let largest = 0;
    for (const chunk of generateDemoOrganisation({ scale: 1, seed: 1, today: TODAY, chunkContacts: 2_000 })) {
      largest = Math.max(largest, chunk.contacts.length);
      chunk.sites.forEach((s) => seen.add(s.id));
      chunk.teams.forEach((t) => (need(t.siteId, 'team site'), seen.add(t.id)));
      chunk.workers.forEach((w) => (need(w.teamId, 'worker team'), seen.add(w.id)));
      chunk.people.forEach((p) => (need(p.teamId, 'person team'), seen.add(p.id)));
      chunk.carers.forEach((c) => seen.add(c.id));
      chunk.carerLinks.forEach((l) => (need(l.personId, 'link person'), need(l.carerId, 'link carer')));
      chunk.memberships.forEach((m) => (need(m.personId, 'membership person'), need(m.workerId, 'membership worker')));
      chunk.contacts.forEach(
        (c) => (
          need(c.personId, 'contact person'),
          c.workerIds.forEach((w) => need(w, 'contact worker')),
          seen.add(c.id)
        ),
      );
      chunk.reviews.forEach((r) => need(r.personId, 'review person'));
      chunk.responses.forEach(
        (r) => (need(r.personId, 'response person'), need(r.meetingId, 'response meeting'), seen.add(r.id)),
      );
      chunk.meetings.forEach(({ meeting, actions }) => {
        need(meeting.id, 'meeting contact');
        need(meeting.leadWorkerId, 'meeting worker');
        need(meeting.ratingsResponseId, 'meeting ratings');
        actions.forEach((a) => need(a.reviewedInMeetingId, 'action reviewed at'));
      });
      chunk.feedback.forEach(
        (f) => (
          need(f.meetingId, 'feedback meeting'),
          need(f.workerId, 'feedback worker'),
          need(f.responseId, 'feedback response')
        ),
      );
      chunk.feedbackPreferences.forEach((p) => need(p.personId, 'preference person'));
      chunk.accounts.forEach(
        (a) => (
          need(a.workerId, 'account worker'),
          need(a.personId, 'account person'),
          need(a.carerId, 'account carer')
        ),
      );
    }
    expect(missing).toEqual([]);
    // A chunk closes after the person who takes it past the limit, so it overshoots by one person's contacts at most.
    expect(largest).toBeGreaterThanOrEqual(2_000);
    expect(largest).toBeLessThan(2_400);
  });

  it('hands each person from one care coordinator to the next on the same day, never two at once', () => {
    const byPerson = new Map<string, MembershipRecord[]>();
    for (const m of scaleOne.memberships.filter((m) => m.role === 'care_coordinator')) {
      byPerson.set(m.personId, [...(byPerson.get(m.personId) ?? []), m]);
    }
    expect(byPerson.size).toBe(200);
    for (const spells of byPerson.values()) {
      spells.sort((a, b) => a.startsOn.localeCompare(b.startsOn));
      spells.slice(1).forEach((spell, i) => expect(spell.startsOn).toBe(spells[i]?.endsOn));
      expect(spells.filter((s) => s.endsOn === null)).toHaveLength(1);
      spells.filter((s) => s.endsOn !== null).forEach((s) => expect(s.endsOn! > s.startsOn).toBe(true));
    }
  });

  it('plans the changes made because a worker left, with 7 to 28 days’ notice, and leaves the others unplanned', () => {
    const completed = scaleOne.handovers.filter((h) => h.status === 'completed');
    expect(completed.length).toBeGreaterThan(0);
    const byId = new Map(scaleOne.memberships.map((m) => [m.id, m]));
    for (const handover of completed) {
      const started = byId.get(handover.startedMembershipId ?? '');
      expect(started).toMatchObject({ personId: handover.personId, workerId: handover.toWorkerId });
      const ended = scaleOne.memberships.find(
        (m) => m.personId === handover.personId && m.role === 'care_coordinator' && m.endsOn === started?.startsOn,
      );
      expect(ended).toMatchObject({ endReason: 'worker_left_service', workerId: handover.fromWorkerId });
      const notice = (Date.parse(`${handover.handoverOn}T00:00:00Z`) - handover.plannedAt.getTime()) / 86_400_000;
      expect(Math.ceil(notice)).toBeGreaterThanOrEqual(7);
      expect(Math.ceil(notice)).toBeLessThanOrEqual(28);
    }
    const unplanned = scaleOne.memberships.filter(
      (m) => m.role === 'care_coordinator' && m.endReason !== null && m.endReason !== 'worker_left_service',
    );
    expect(unplanned.length).toBeGreaterThan(0);
  });

  it('multiplies sites, teams, workers, people and contacts by the scale', () => {
    const scaleTwo = generateAll({ scale: 2, seed: 1, today: TODAY });
    expect([scaleTwo.sites.length, scaleTwo.teams.length, scaleTwo.people.length]).toEqual([4, 8, 400]);
    expect(scaleTwo.workers).toHaveLength(scaleOne.workers.length * 2);
    expect(scaleTwo.contacts.length / scaleOne.contacts.length).toBeCloseTo(2, 0);
    expect(scaleTwo.accounts).toHaveLength(6);
    expect(new Set(scaleTwo.sites.map((s) => s.name)).size).toBe(4);
  });

  it('keeps every contact in the two years before today', () => {
    const earliest = Date.UTC(2024, 5, 15);
    const outside = scaleOne.contacts.filter(
      (c) => c.occurredAt.getTime() < earliest || c.occurredAt >= new Date('2026-06-15T00:00:00Z'),
    );
    expect(outside).toEqual([]);
  });

  it('writes notes in plain, respectful words', () => {
    const words = [
      ...scaleOne.contacts.flatMap((c) => [c.note, c.beyondRoutineNote]),
      ...scaleOne.memberships.flatMap((m) => [m.handoverNote, m.endNote]),
      ...scaleOne.meetings.flatMap((m) =>
        m.areas.flatMap((a) => [a.understanding, a.lookingForward, a.exploringOptions, a.agreeingActions]),
      ),
      ...scaleOne.meetings.flatMap((m) => m.actions.flatMap((a) => [a.description, a.ownerName])),
    ].filter((text): text is string => text !== null);
    expect(words.length).toBeGreaterThan(scaleOne.contacts.length);
    expect(words.filter((text) => /patient|compliant|compliance/i.test(text))).toEqual([]);
  });

  it('refuses a scale or seed it cannot honour', () => {
    expect(() => generateDemoOrganisation({ scale: 0, seed: 1, today: TODAY }).next()).toThrow(RangeError);
    expect(() => generateDemoOrganisation({ scale: 1.5, seed: 1, today: TODAY }).next()).toThrow(RangeError);
    expect(() => generateDemoOrganisation({ scale: 1, seed: -1, today: TODAY }).next()).toThrow(RangeError);
  });
});
