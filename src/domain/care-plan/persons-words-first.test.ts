import { describe, expect, it } from 'vitest';
import { personsWordsFirst } from './persons-words-first';

describe('personsWordsFirst', () => {
  it('puts the person’s own sections first, keeping the plan’s order within each group', () => {
    const ordered = personsWordsFirst([
      { key: 'a', authorKind: 'worker' as const },
      { key: 'b', authorKind: 'person' as const },
      { key: 'c', authorKind: null },
      { key: 'd', authorKind: 'person' as const },
    ]);
    expect(ordered.map((s) => s.key)).toEqual(['b', 'd', 'a', 'c']);
  });
});
