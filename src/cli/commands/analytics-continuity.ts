import { readFileSync } from 'node:fs';
import { continuityByPerson, formatContinuityJsonLines, parseContinuityCsv } from '../../analytics/continuity-csv';
import { loadConfig } from '../../config/config';
import { SYSTEM_ACTOR } from '../../domain/accounts/actor';
import { AppError } from '../../domain/errors/app-error';
import { isIsoDate } from '../../services/analytics/analytics-window';
import { exportPersonContinuity } from '../../services/analytics/export-person-continuity';
import { openRuntime } from '../runtime';

/**
 * `tandem analytics continuity`: each person's continuity indices as JSON Lines, either from a CSV
 * file (`--input`) or from the configured database over a period (`--from`/`--to`, by default
 * the last 12 months). The two never mix: a file and a period together are refused.
 */
export async function analyticsContinuity(options: { input?: string; from?: string; to?: string }): Promise<void> {
  if (options.input !== undefined) {
    if (options.from !== undefined || options.to !== undefined) {
      throw new AppError('bad_request', 'Give either --input FILE or --from/--to, not both: --input reads a CSV file, --from/--to read the database.');
    }
    analyticsContinuityFromCsv({ input: options.input });
    return;
  }
  await analyticsContinuityFromDatabase(options);
}

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

/**
 * Prints, for each person with a contact in the period, the same JSON Lines as the CSV route
 * (UPC with the most frequently seen worker), worked out in the database. Dates are checked
 * before the database is opened, so a typing slip fails fast.
 */
export async function analyticsContinuityFromDatabase(options: { from?: string; to?: string }): Promise<void> {
  for (const [flag, value] of [['--from', options.from], ['--to', options.to]] as const) {
    if (value !== undefined && !isIsoDate(value)) {
      throw new AppError('bad_request', `${flag} "${value}" is not a date; write it as YYYY-MM-DD, such as 2025-06-30.`);
    }
  }
  if (options.from !== undefined && options.to !== undefined && options.from > options.to) {
    throw new AppError('bad_request', `--from ${options.from} is after --to ${options.to}.`);
  }
  const runtime = await openRuntime(loadConfig());
  try {
    const people = await exportPersonContinuity(runtime.services, options, SYSTEM_ACTOR);
    const lines = people.map(({ personId, contacts, workers, upc, coc, secon, mmci, hhi }) => ({ person_id: personId, contacts, workers, upc, coc, secon, mmci, hhi }));
    process.stdout.write(formatContinuityJsonLines(lines));
  } finally {
    await runtime.close();
  }
}
