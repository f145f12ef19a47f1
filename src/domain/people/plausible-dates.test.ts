import { describe, expect, it } from 'vitest';
import { beforeJoiningProblem, dateOfBirthProblem } from './plausible-dates';

describe('dateOfBirthProblem', () => {
  it('refuses a date of birth after today', () => {
    expect(dateOfBirthProblem('2026-06-16', '2026-06-15')).toBe('A date of birth cannot be in the future.');
  });

  it('refuses a date of birth more than 120 years ago, and accepts one just inside it', () => {
    expect(dateOfBirthProblem('1906-06-14', '2026-06-15')).toMatch(/more than 120 years/);
    expect(dateOfBirthProblem('1906-06-15', '2026-06-15')).toBeNull();
  });

  it('accepts today and ordinary dates', () => {
    expect(dateOfBirthProblem('2026-06-15', '2026-06-15')).toBeNull();
    expect(dateOfBirthProblem('1980-02-29', '2026-06-15')).toBeNull();
  });
});

describe('beforeJoiningProblem', () => {
  const person = { joinedOn: '2025-03-01', dateOfBirth: '1990-01-01' };

  it('refuses a day before the person joined the service', () => {
    expect(beforeJoiningProblem('2025-02-28', person, 'A contact')).toBe(
      'A contact cannot be before the person joined the service (2025-03-01).',
    );
  });

  it('accepts the day they joined and after', () => {
    expect(beforeJoiningProblem('2025-03-01', person, 'A contact')).toBeNull();
  });
});
