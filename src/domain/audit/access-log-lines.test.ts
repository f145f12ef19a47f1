import { describe, expect, it } from 'vitest';
import { accessActionPhrase, accessLogLines, accessLogSentence, type AccessEvent } from './access-log-lines';

const at = (iso: string) => new Date(iso);
let nextId = 0;
const event = (over: Partial<AccessEvent> & { at: Date }): AccessEvent => ({
  id: `event-${(nextId += 1)}`,
  accountId: 'robin',
  actorName: 'Robin Fairley',
  action: 'care_plan.read',
  basis: 'care_team',
  reason: null,
  ...over,
});

describe('accessLogLines', () => {
  it('groups repeated looks at one thing by one person on one day into one line', () => {
    const events = [6, 5, 4, 3, 2, 1].map((hour) => event({ at: at(`2026-12-03T1${hour}:00:00Z`) }));
    const lines = accessLogLines(events);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      times: 6,
      lastAt: at('2026-12-03T16:00:00Z'),
      firstAt: at('2026-12-03T11:00:00Z'),
    });
    expect(accessLogSentence(lines[0]!, 'Robin Fairley, your care coordinator,', '2026-12-03')).toBe(
      'Robin Fairley, your care coordinator, looked at your care plan 6 times today.',
    );
  });

  it('keeps apart different days, different people, different things, and every change', () => {
    const lines = accessLogLines([
      event({ at: at('2026-12-03T12:00:00Z'), action: 'contact.create' }),
      event({ at: at('2026-12-03T11:00:00Z'), action: 'contact.create' }),
      event({ at: at('2026-12-03T10:00:00Z'), accountId: 'sam', actorName: 'Sam Lee' }),
      event({ at: at('2026-12-03T09:00:00Z'), action: 'contacts.read' }),
      event({ at: at('2026-12-02T09:00:00Z') }),
    ]);
    expect(lines.map((line) => [line.action, line.who, line.day, line.times])).toEqual([
      ['contact.create', 'Robin Fairley', '2026-12-03', 1],
      ['contact.create', 'Robin Fairley', '2026-12-03', 1],
      ['care_plan.read', 'Sam Lee', '2026-12-03', 1],
      ['contacts.read', 'Robin Fairley', '2026-12-03', 1],
      ['care_plan.read', 'Robin Fairley', '2026-12-02', 1],
    ]);
    expect(accessLogSentence(lines[4]!, 'Robin Fairley, your care coordinator,', '2026-12-03')).toBe(
      'Robin Fairley, your care coordinator, looked at your care plan yesterday.',
    );
  });

  it('never groups an opening from outside the care team, and keeps looks made under it apart from ordinary ones', () => {
    const glass = { accountId: 'jo', actorName: 'Jo Stranger', basis: 'break_glass' };
    const lines = accessLogLines([
      event({ ...glass, at: at('2026-12-03T12:00:00Z') }),
      event({ ...glass, at: at('2026-12-03T11:00:00Z'), action: 'record.break_glass', reason: 'Crisis line' }),
      event({ ...glass, at: at('2026-12-03T10:00:00Z'), action: 'record.break_glass', reason: 'Again' }),
    ]);
    expect(lines.map((line) => [line.action, line.isBreakGlass, line.reason])).toEqual([
      ['care_plan.read', false, null],
      ['record.break_glass', true, 'Crisis line'],
      ['record.break_glass', true, 'Again'],
    ]);
  });

  it('says every action in words, never in codes', () => {
    expect(accessActionPhrase('meetings.opening.read')).toBe('opened a new meeting with you');
    expect(accessActionPhrase('feedback.give')).toBe('gave feedback on a meeting');
    expect(accessActionPhrase('person.continuity.read')).toBe('looked at who has supported you over time');
    expect(accessActionPhrase('risk_formulation.read')).toBe('looked at your risk and safety formulation');
    expect(accessActionPhrase('positive_risk_plan.sign')).toBe('signed your positive risk-taking plan');
    expect(accessActionPhrase('safety_plan.proposal.create')).toBe('proposed a change to your safety plan');
    expect(accessLogSentence({ action: 'care_plan.read', times: 2, day: '2026-11-30' }, 'You', '2026-12-03')).toBe(
      'You looked at your care plan twice on 30 November 2026.',
    );
  });
});
