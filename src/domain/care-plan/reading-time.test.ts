import { describe, expect, it } from 'vitest';
import { countWords, readingLength, readingMinutes } from './reading-time';

describe('countWords', () => {
  it('counts words, not dashes or stray punctuation', () => {
    expect(countWords('I like long walks - and my dog, Biscuit.')).toBe(8);
    expect(countWords('  \n ')).toBe(0);
    expect(countWords('Café à 9h')).toBe(3);
  });
});

describe('readingMinutes', () => {
  it('takes at least a minute for any words, rounding up at 200 words a minute', () => {
    expect(readingMinutes(0)).toBe(0);
    expect(readingMinutes(1)).toBe(1);
    expect(readingMinutes(200)).toBe(1);
    expect(readingMinutes(201)).toBe(2);
  });

  it('adds up several sections', () => {
    expect(readingLength(['one two', 'three'])).toEqual({ wordCount: 3, readingMinutes: 1 });
    expect(readingLength(Array.from({ length: 3 }, () => 'word '.repeat(150)))).toEqual({
      wordCount: 450,
      readingMinutes: 3,
    });
  });
});
