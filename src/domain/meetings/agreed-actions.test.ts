import { describe, expect, it } from 'vitest';
import { agreedActionProblems } from './agreed-actions';
import type { AgreedAction } from './meeting-action';

const action = (over: Partial<AgreedAction> = {}): AgreedAction => ({
  areaId: 'accommodation',
  owner: 'person',
  ownerName: null,
  description: 'Ring the housing office',
  dueOn: '2026-06-20',
  ...over,
});

describe('agreedActionProblems', () => {
  it('accepts actions for chosen areas and for the meeting as a whole', () => {
    expect(
      agreedActionProblems(
        [action(), action({ areaId: null, owner: 'worker', dueOn: null })],
        ['accommodation'],
        '2026-06-15',
      ),
    ).toEqual([]);
  });

  it('needs a name when someone else owns the action', () => {
    expect(agreedActionProblems([action({ owner: 'other', ownerName: ' ' })], ['accommodation'], '2026-06-15')).toEqual(
      [{ field: 'actions.0.ownerName', message: 'Action 1: name the person who will do it.' }],
    );
    expect(
      agreedActionProblems([action({ owner: 'other', ownerName: 'Housing officer' })], ['accommodation'], '2026-06-15'),
    ).toEqual([]);
  });

  it('lists every problem: an empty description, an area not chosen, a due date before the meeting', () => {
    const problems = agreedActionProblems(
      [action({ description: '  ' }), action({ areaId: 'friendships', dueOn: '2026-06-14' })],
      ['accommodation'],
      '2026-06-15',
    );
    expect(problems.map((problem) => problem.field)).toEqual([
      'actions.0.description',
      'actions.1.areaId',
      'actions.1.dueOn',
    ]);
  });

  it('accepts a due date on the day of the meeting', () => {
    expect(agreedActionProblems([action({ dueOn: '2026-06-15' })], ['accommodation'], '2026-06-15')).toEqual([]);
  });
});
