import { describe, expect, it } from 'vitest';
import { correlationInWords, reliableChangeInWords } from './dashboard-relationship';

describe('correlationInWords', () => {
  it('says how strongly and which way, with rho, p and n', () => {
    expect(
      correlationInWords(
        { n: 40, rho: 0.42, s: 6183.4, t: 2.85, df: 38, p: 0.007, method: 'edgeworth' },
        'satisfaction with life',
      ),
    ).toBe(
      'Feedback and satisfaction with life: moderately related; people who rated their meetings higher tended to have higher satisfaction with life (Spearman’s rho = 0.42, p = 0.007 (from AS 89’s Edgeworth series), 40 people; unlikely to be chance alone).',
    );
    expect(
      correlationInWords(
        { n: 12, rho: -0.35, s: 386.1, t: -1.18, df: 10, p: 0.26, method: 't-approximation' },
        'recovery scores',
      ),
    ).toMatch(/moderately related; .* lower recovery scores .*could well be chance/);
    expect(
      correlationInWords(
        { n: 44, rho: 0.01, s: 14053.1, t: 0.06, df: 42, p: 0.949, method: 'exact' },
        'satisfaction with life',
      ),
    ).toBe(
      'Feedback and satisfaction with life: hardly related (Spearman’s rho = 0.01, p = 0.949 (exact, from every possible ordering), 44 people).',
    );
  });

  it('says how p was found', () => {
    expect(
      correlationInWords(
        { n: 12, rho: -0.35, s: 386.1, t: -1.18, df: 10, p: 0.26, method: 't-approximation' },
        'recovery',
      ),
    ).toContain('p = 0.260 (from the t approximation), 12 people');
  });

  it('says when there are too few people to tell', () => {
    expect(
      correlationInWords({ n: 2, rho: null, s: null, t: null, df: 0, p: null, method: null }, 'recovery scores'),
    ).toBe('Feedback and recovery scores: too few people have both in this period to say (2).');
  });
});

describe('reliableChangeInWords', () => {
  it('gives the three counts and what the index rests on, or says there are too few', () => {
    expect(
      reliableChangeInWords({
        people: 30,
        improved: 7,
        unchanged: 21,
        deteriorated: 2,
        baselineSd: 0.9123,
        reliability: 0.71,
      }),
    ).toBe(
      'Of 30 people rated at two or more meetings, 7 became reliably more satisfied, 2 reliably less satisfied, and 21 changed less than the measure can tell apart from chance (Jacobson–Truax reliable change index, first against last rating; standard deviation at the start 0.91, reliability 0.71).',
    );
    expect(reliableChangeInWords(null)).toMatch(/^Too few people/);
  });
});
