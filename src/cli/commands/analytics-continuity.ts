import { readFileSync } from 'node:fs';
import { continuityByPerson, formatContinuityJsonLines, parseContinuityCsv } from '../../analytics/continuity-csv';

/** Reads contacts from a CSV file (person_id,worker_id,contact_at) and prints each person's continuity indices as JSON Lines. */
export function analyticsContinuityFromCsv(options: { input: string }): void {
  let text: string;
  try {
    text = readFileSync(options.input, 'utf8');
  } catch (error) {
    throw new Error(`Cannot read ${options.input}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}`);
  }
  const people = continuityByPerson(parseContinuityCsv(text));
  process.stdout.write(formatContinuityJsonLines(people));
}
