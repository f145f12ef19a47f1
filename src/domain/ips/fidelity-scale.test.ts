import { describe, expect, it } from 'vitest';
import { FIDELITY_ITEMS, fidelityBand, fidelityScoresProblem, scoreFidelity } from './fidelity-scale';

describe('IPS-25 fidelity scale', () => {
  it('has 25 items: 3 on staffing, 8 on organisation, 14 on services', () => {
    const count = (section: string) => FIDELITY_ITEMS.filter((i) => i.section === section).length;
    expect([FIDELITY_ITEMS.length, count('staffing'), count('organisation'), count('services')]).toEqual([
      25, 3, 8, 14,
    ]);
    expect(FIDELITY_ITEMS.map((i) => i.number)).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));
  });

  it('puts totals on the scale’s bands at their edges', () => {
    expect([125, 115, 114, 100, 99, 74, 73, 25].map(fidelityBand)).toEqual([
      'exemplary',
      'exemplary',
      'good',
      'good',
      'fair',
      'fair',
      'not_ips',
      'not_ips',
    ]);
  });

  it('sums the sections and the total', () => {
    const scores = [5, 5, 5, ...Array<number>(8).fill(4), ...Array<number>(14).fill(3)];
    expect(scoreFidelity(scores)).toEqual({
      total: 89,
      sections: { staffing: 15, organisation: 32, services: 42 },
      band: 'fair',
    });
  });

  it('refuses a missing item or a score outside 1–5', () => {
    expect(fidelityScoresProblem(Array<number>(24).fill(3))).toBe('Score all 25 items.');
    expect(fidelityScoresProblem([...Array<number>(24).fill(3), 6])).toBe('Item 25 is scored from 1 to 5.');
    expect(fidelityScoresProblem(Array<number>(25).fill(1))).toBeNull();
  });
});
