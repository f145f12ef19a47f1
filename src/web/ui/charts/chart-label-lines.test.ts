import { describe, expect, it } from 'vitest';
import { charactersThatFit, labelLines } from './chart-label-lines';

describe('labelLines', () => {
  it('keeps a short label on one line', () => {
    expect(labelLines('Bethan MacLeod', 40)).toEqual(['Bethan MacLeod']);
  });

  it('wraps a long label at spaces', () => {
    expect(labelLines('Alderford Community Mental Health Team', 20)).toEqual([
      'Alderford Community',
      'Mental Health Team',
    ]);
  });

  it('cuts a word longer than a line', () => {
    expect(labelLines('Supercalifragilistic team', 10)).toEqual(['Supercali…', 'team']);
  });

  it('gives one empty line for an empty label', () => {
    expect(labelLines('  ', 10)).toEqual(['']);
  });
});

describe('charactersThatFit', () => {
  it('divides the width by the width of a character', () => {
    expect(charactersThatFit(300)).toBe(40);
  });
});
