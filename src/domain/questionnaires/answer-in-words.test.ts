import { describe, expect, it } from 'vitest';
import type { LikertScale } from '../instruments';
import { answerInWords } from './answer-in-words';

const likert: LikertScale = {
  kind: 'likert',
  id: 'five',
  min: 1,
  max: 5,
  anchors: [{ value: 4, label: 'Often' }],
  nonScoredOptions: ['dont-know'],
};

describe('answerInWords', () => {
  it('names a rating by its anchor where the scale has one, else by its number', () => {
    expect(answerInWords(likert, 4)).toBe('4: Often');
    expect(answerInWords(likert, 2)).toBe('2');
  });

  it('says yes or no, and the option chosen instead of a rating', () => {
    expect(answerInWords({ kind: 'yes-no', id: 'yn', nonScoredOptions: [] }, false)).toBe('No');
    expect(answerInWords(likert, 'dont-know')).toBe('Don’t know');
  });
});
