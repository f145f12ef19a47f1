import { describe, expect, it } from 'vitest';
import { isStaleSave } from './stale-save';

describe('isStaleSave', () => {
  it('refuses a save based on a version older than the section’s last change', () => {
    expect(isStaleSave({ baseVersion: 3, sectionVersion: 4, planVersion: 4 })).toBe(true);
  });

  it('accepts a save when only other sections changed since', () => {
    expect(isStaleSave({ baseVersion: 3, sectionVersion: 3, planVersion: 6 })).toBe(false);
    expect(isStaleSave({ baseVersion: 5, sectionVersion: 3, planVersion: 6 })).toBe(false);
  });

  it('refuses a base version the plan has not reached', () => {
    expect(isStaleSave({ baseVersion: 7, sectionVersion: 3, planVersion: 6 })).toBe(true);
    expect(isStaleSave({ baseVersion: 0, sectionVersion: 0, planVersion: 0 })).toBe(false);
  });
});
