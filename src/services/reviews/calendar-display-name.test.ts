import { describe, expect, it } from 'vitest';
import { calendarDisplayName } from './calendar-display-name';

describe('calendarDisplayName', () => {
  it('shows the name the person goes by and their surname’s initial, no more', () => {
    expect(calendarDisplayName('Samantha Jane Taylor', null)).toBe('Samantha T.');
    expect(calendarDisplayName('Samantha Taylor', 'Sam')).toBe('Sam T.');
    expect(calendarDisplayName('Prince', null)).toBe('Prince');
    expect(calendarDisplayName('Zoë Øster', null)).toBe('Zoë Ø.');
  });
});
