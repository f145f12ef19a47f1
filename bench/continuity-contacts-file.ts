import { closeSync, openSync, writeSync } from 'node:fs';

/**
 * A deterministic contacts file for the continuity benchmark: about 53 contacts a person over two
 * years (as in the extract of 1.07 million contacts for 20,000 people that the benchmark answers),
 * each person's care coordinator changing now and then, a quarter of contacts with someone else
 * in their team. Whether a person has a contact on a day, at what time and with whom depend only
 * on (person, day), so the file sorted by person and the file sorted by time hold the same contacts.
 */
export function writeContactsFile(
  path: string,
  contacts: number,
  order: 'person' | 'time',
): { people: number; rows: number } {
  const people = Math.round(contacts / 53);
  const days = 730;
  const rate = contacts / (people * days);
  const fd = openSync(path, 'w');
  let text = 'person_id,worker_id,contact_at\n';
  let rows = 0;
  const emit = (person: number, day: number) => {
    const draw = mix(person, day);
    if (draw / 4_294_967_296 >= rate) return;
    rows += 1;
    text += `p-${String(person).padStart(6, '0')},${workerOf(person, day, draw)},${timestampOf(day, draw)}\n`;
    if (text.length > 1 << 20) {
      writeSync(fd, text);
      text = '';
    }
  };
  if (order === 'person')
    for (let person = 0; person < people; person += 1) for (let day = 0; day < days; day += 1) emit(person, day);
  else for (let day = 0; day < days; day += 1) for (let person = 0; person < people; person += 1) emit(person, day);
  writeSync(fd, text);
  closeSync(fd);
  return { people, rows };
}

const START = Date.UTC(2024, 0, 1);

function timestampOf(day: number, draw: number): string {
  const minutes = 8 * 60 + ((draw >>> 7) % 600);
  return new Date(START + day * 86_400_000 + minutes * 60_000).toISOString().slice(0, 19) + 'Z';
}

function workerOf(person: number, day: number, draw: number): string {
  const team = person % 200;
  const coordinator = (mix(person, Math.floor(day / 240) + 10_000) >>> 3) % 12;
  const member = (draw >>> 17) % 4 === 0 ? (draw >>> 20) % 12 : coordinator;
  return `w-${String(team * 12 + member).padStart(4, '0')}`;
}

/** A 32-bit hash of two integers (a murmur3-style finaliser). */
function mix(a: number, b: number): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(b + 0x632be5ab, 0xc2b2ae35);
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}
