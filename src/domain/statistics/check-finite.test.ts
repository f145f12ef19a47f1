import { describe, expect, it } from 'vitest';
import { checkFinite } from './check-finite';

describe('checkFinite', () => {
  it('accepts finite numbers and an empty list', () => {
    expect(() => checkFinite([0, -1.5, 1e300], 'Scores')).not.toThrow();
    expect(() => checkFinite([], 'Scores')).not.toThrow();
  });

  it('names the first non-finite item, counting from 1', () => {
    expect(() => checkFinite([1, Number.NaN, Infinity], 'Scores')).toThrow(
      'Scores must be finite numbers; item 2 is NaN.',
    );
    expect(() => checkFinite([-Infinity], 'Scores')).toThrow(RangeError);
  });
});
