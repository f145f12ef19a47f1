/** One all-day event in a published calendar. */
export interface CalendarEvent {
  /** Stable across fetches, so calendar apps update the event rather than adding a copy. */
  uid: string;
  /** The day, as YYYY-MM-DD. */
  date: string;
  summary: string;
  description?: string;
}

/** RFC 5545 §3.1: content lines are at most 75 octets, excluding the line break. */
export const MAX_LINE_OCTETS = 75;

/**
 * Escapes a TEXT value (RFC 5545 §3.3.11): backslash, semicolon and comma are escaped, and line
 * breaks become the two characters \n, so no user text can start a property of its own.
 *
 * @example escapeText('Tea, toast; rest\nlater') // 'Tea\\, toast\\; rest\\nlater'
 */
export function escapeText(value: string): string {
  const escaped = value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
  // Other control characters are not allowed in TEXT at all (RFC 5545 §3.3.11); tabs are.
  return [...escaped].filter((character) => !isControl(character)).join('');
}

function isControl(character: string): boolean {
  const code = character.codePointAt(0) ?? 0;
  return (code < 0x20 && code !== 0x09) || code === 0x7f;
}

/**
 * Folds a content line (RFC 5545 §3.1) into lines of at most 75 octets of UTF-8, each
 * continuation starting with one space. A character is never split across lines.
 */
export function foldLine(line: string): string {
  const lines: string[] = [];
  let current = '';
  let octets = 0;
  for (const character of line) {
    const size = Buffer.byteLength(character, 'utf8');
    if (octets + size > MAX_LINE_OCTETS) {
      lines.push(current);
      current = ' ';
      octets = 1;
    }
    current += character;
    octets += size;
  }
  lines.push(current);
  return lines.join('\r\n');
}

const basicDate = (day: string) => day.replaceAll('-', '');
const basicDateTime = (at: Date) => `${at.toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`;

function nextDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

function eventLines(event: CalendarEvent, stamp: string): string[] {
  return [
    'BEGIN:VEVENT',
    `UID:${escapeText(event.uid)}`,
    `DTSTAMP:${stamp}`,
    `DTSTART;VALUE=DATE:${basicDate(event.date)}`,
    `DTEND;VALUE=DATE:${basicDate(nextDay(event.date))}`,
    `SUMMARY:${escapeText(event.summary)}`,
    ...(event.description ? [`DESCRIPTION:${escapeText(event.description)}`] : []),
    // All-day reminders of work to do, not appointments that make the worker look busy.
    'TRANSP:TRANSPARENT',
    'END:VEVENT',
  ];
}

/**
 * Writes a published calendar (RFC 5545) of all-day events: CRLF line breaks, escaped text and
 * folded lines, with a refresh hint (RFC 7986) so subscribed apps fetch it a few times a day.
 */
export function writeCalendar(calendar: { name: string; events: readonly CalendarEvent[]; now: Date }): string {
  const stamp = basicDateTime(calendar.now);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Tandem//Care plan reviews//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `NAME:${escapeText(calendar.name)}`,
    `X-WR-CALNAME:${escapeText(calendar.name)}`,
    'REFRESH-INTERVAL;VALUE=DURATION:PT6H',
    'X-PUBLISHED-TTL:PT6H',
    ...calendar.events.flatMap((event) => eventLines(event, stamp)),
    'END:VCALENDAR',
  ];
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
