import { describe, expect, it } from 'vitest';
import { escapeText, foldLine, MAX_LINE_OCTETS, writeCalendar } from './icalendar';

const octets = (line: string) => Buffer.byteLength(line, 'utf8');
const unfold = (text: string) => text.replace(/\r\n /g, '');

describe('escapeText', () => {
  it('escapes backslashes, semicolons, commas and line breaks so text cannot start a property', () => {
    expect(escapeText('Tea, toast; rest\\later\r\nEND:VEVENT')).toBe('Tea\\, toast\\; rest\\\\later\\nEND:VEVENT');
  });

  it('drops control characters that TEXT may not hold, but keeps tabs', () => {
    expect(escapeText(`a${String.fromCharCode(0)}b${String.fromCharCode(27)}c\td${String.fromCharCode(127)}`)).toBe(
      'abc\td',
    );
  });
});

describe('foldLine', () => {
  it('leaves short lines alone', () => {
    expect(foldLine('SUMMARY:Review')).toBe('SUMMARY:Review');
  });

  it('folds at 75 octets with a leading space, and unfolds to the same line', () => {
    const line = `DESCRIPTION:${'a'.repeat(200)}`;
    const folded = foldLine(line);
    const lines = folded.split('\r\n');
    expect(lines.length).toBe(3);
    lines.forEach((l, i) => {
      expect(octets(l)).toBeLessThanOrEqual(MAX_LINE_OCTETS);
      if (i > 0) expect(l.startsWith(' ')).toBe(true);
    });
    expect(octets(lines[0]!)).toBe(75);
    expect(unfold(folded)).toBe(line);
  });

  it('never splits a character that takes several octets', () => {
    const line = `SUMMARY:${'é€😀'.repeat(40)}`;
    const folded = foldLine(line);
    for (const l of folded.split('\r\n')) {
      expect(octets(l)).toBeLessThanOrEqual(MAX_LINE_OCTETS);
      expect(l).not.toContain('\uFFFD');
    }
    expect(unfold(folded)).toBe(line);
  });
});

describe('writeCalendar', () => {
  it('writes a calendar of all-day events with CRLF line breaks', () => {
    const text = writeCalendar({
      name: 'Reviews',
      now: new Date('2026-06-15T10:00:00Z'),
      events: [
        { uid: 'review-1@tandem', date: '2026-12-31', summary: 'Review: Sam T.', description: 'Bring the plan' },
      ],
    });
    expect(text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text).toContain(
      '\r\nDTSTAMP:20260615T100000Z\r\nDTSTART;VALUE=DATE:20261231\r\nDTEND;VALUE=DATE:20270101\r\n',
    );
    expect(text.replace(/\r\n/g, '')).not.toContain('\n');
  });
});
