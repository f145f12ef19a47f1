import { describe, expect, it } from 'vitest';
import { diffWords, MAX_WORD_EDITS, tokenizeWords, type DiffSegment } from './word-diff';

const side = (segments: DiffSegment[], kind: 'added' | 'removed') =>
  segments
    .filter((s) => s.kind === 'same' || s.kind === kind)
    .map((s) => s.text)
    .join('');

/** A small repeatable random source, so a failing case can be replayed. */
function seeded(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

describe('tokenizeWords', () => {
  it('keeps the space before each word so the tokens join back into the text', () => {
    expect(tokenizeWords('I  like\ntea ')).toEqual(['I', '  like', '\ntea', ' ']);
    expect(tokenizeWords('')).toEqual([]);
  });
});

describe('diffWords', () => {
  it('shows an inserted word between unchanged text', () => {
    expect(diffWords('I like tea', 'I like green tea')).toEqual([
      { kind: 'same', text: 'I like' },
      { kind: 'added', text: ' green' },
      { kind: 'same', text: ' tea' },
    ]);
  });

  it('shows a replaced word as removed, then added', () => {
    expect(diffWords('Walk to the park on Sundays.', 'Walk to the allotment on Sundays.')).toEqual([
      { kind: 'same', text: 'Walk to the' },
      { kind: 'removed', text: ' park' },
      { kind: 'added', text: ' allotment' },
      { kind: 'same', text: ' on Sundays.' },
    ]);
  });

  it('handles empty texts on either side', () => {
    expect(diffWords('', 'New words')).toEqual([{ kind: 'added', text: 'New words' }]);
    expect(diffWords('Old words', '')).toEqual([{ kind: 'removed', text: 'Old words' }]);
    expect(diffWords('', '')).toEqual([]);
    expect(diffWords('Same', 'Same')).toEqual([{ kind: 'same', text: 'Same' }]);
  });

  it('finds the shortest change when words repeat', () => {
    const segments = diffWords('a b c a b b a', 'c b a b a c');
    const edited = segments.filter((s) => s.kind !== 'same').reduce((n, s) => n + s.text.trim().split(/\s+/).length, 0);
    // The classic example from Myers (1986): five edits are the fewest.
    expect(edited).toBe(5);
    expect(side(segments, 'removed')).toBe('a b c a b b a');
    expect(side(segments, 'added')).toBe('c b a b a c');
  });

  it('always rebuilds both texts from the segments and never leaves two neighbours of one kind', () => {
    const random = seeded(7);
    const words = ['I', 'walk', 'the', 'dog', 'daily,', 'and', 'see', 'Sam.', '\n\nMy', 'goals'];
    const sentence = () =>
      Array.from({ length: Math.floor(random() * 25) }, () => words[Math.floor(random() * words.length)]).join(' ');
    for (let i = 0; i < 300; i += 1) {
      const before = sentence();
      const after = sentence();
      const segments = diffWords(before, after);
      expect(side(segments, 'removed')).toBe(before);
      expect(side(segments, 'added')).toBe(after);
      segments.slice(1).forEach((s, j) => expect(s.kind === 'same' && segments[j]!.kind === 'same').toBe(false));
    }
  });

  it('shows two unrelated long texts as replaced whole rather than running out of memory', () => {
    const before = Array.from({ length: MAX_WORD_EDITS + 10 }, (_, i) => `old${i}`).join(' ');
    const after = Array.from({ length: MAX_WORD_EDITS + 10 }, (_, i) => `new${i}`).join(' ');
    expect(diffWords(before, after)).toEqual([
      { kind: 'removed', text: before },
      { kind: 'added', text: after },
    ]);
  });
});
