import { describe, expect, it } from 'vitest';
import { carerViewSight } from './carer-view-visibility';

const kept = { carerId: 'c-1', sharedWithPerson: false };
const shared = { carerId: 'c-1', sharedWithPerson: true };

describe('who sees a carer’s view of a meeting', () => {
  it('shows the care team every view', () => {
    expect(carerViewSight({ kind: 'care_team' }, kept)).toBe('content');
  });

  it('tells the person that a view was given, and what it said only when the carer lets them', () => {
    expect(carerViewSight({ kind: 'person' }, kept)).toBe('that_it_was_given');
    expect(carerViewSight({ kind: 'person' }, shared)).toBe('content');
  });

  it('shows a carer their own view and nothing of another carer’s', () => {
    expect(carerViewSight({ kind: 'carer', carerId: 'c-1' }, kept)).toBe('content');
    expect(carerViewSight({ kind: 'carer', carerId: 'c-2' }, shared)).toBe('nothing');
  });
});
