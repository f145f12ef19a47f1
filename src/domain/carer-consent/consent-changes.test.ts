import { describe, expect, it } from 'vitest';
import { consentChanges, orderedScopes } from './consent-changes';

describe('consentChanges', () => {
  it('makes one record per scope given or withdrawn, and none for scopes kept', () => {
    expect(consentChanges(['care_team', 'contacts'], ['care_team', 'care_plan'])).toEqual([
      { scope: 'contacts', change: 'withdrawn' },
      { scope: 'care_plan', change: 'given' },
    ]);
  });

  it('makes nothing when nothing changed, whatever the order', () => {
    expect(consentChanges(['care_plan', 'contacts'], ['contacts', 'care_plan'])).toEqual([]);
  });

  it('orders scopes as the scope list does, each once', () => {
    expect(orderedScopes(['care_plan', 'care_team', 'care_plan'])).toEqual(['care_team', 'care_plan']);
  });
});
