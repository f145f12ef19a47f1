import { describe, expect, it } from 'vitest';
import { checkLocalIdentifier, formatLocalIdentifier, nhsCheckDigit } from './local-identifier';

describe('checkLocalIdentifier', () => {
  it('accepts an NHS number whose check digit is right, with or without spaces', () => {
    expect(checkLocalIdentifier('nhs_number', '943 476 5919')).toEqual({ valid: true, value: '9434765919' });
    expect(checkLocalIdentifier('nhs_number', '4010232137')).toEqual({ valid: true, value: '4010232137' });
  });

  it('refuses an NHS number with one digit mistyped', () => {
    const check = checkLocalIdentifier('nhs_number', '9434765918');
    expect(check.valid).toBe(false);
  });

  it('refuses an NHS number of the wrong length or with letters', () => {
    expect(checkLocalIdentifier('nhs_number', '943476591')).toMatchObject({
      valid: false,
      message: 'An NHS number has 10 digits.',
    });
    expect(checkLocalIdentifier('nhs_number', '94347659A9').valid).toBe(false);
  });

  it('refuses nine digits for which no check digit exists (remainder 10)', () => {
    // 100000001: 1*10 + 1*2 = 12, 11 - (12 % 11) = 10: no valid NHS number starts with these digits.
    expect(nhsCheckDigit('100000001')).toBe(10);
    for (let last = 0; last <= 9; last += 1)
      expect(checkLocalIdentifier('nhs_number', `100000001${last}`).valid).toBe(false);
  });

  it('takes a service’s own number in capitals and refuses other characters', () => {
    expect(checkLocalIdentifier('local', ' abc-123 ')).toEqual({ valid: true, value: 'ABC-123' });
    expect(checkLocalIdentifier('local', 'abc 123').valid).toBe(false);
  });
});

describe('formatLocalIdentifier', () => {
  it('groups an NHS number as 3, 3 and 4 digits', () => {
    expect(formatLocalIdentifier('nhs_number', '9434765919')).toBe('943 476 5919');
    expect(formatLocalIdentifier('local', 'ABC-123')).toBe('ABC-123');
  });
});
