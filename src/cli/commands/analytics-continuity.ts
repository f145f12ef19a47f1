import { closeSync, fstatSync, openSync } from 'node:fs';
import { basename } from 'node:path';
import {
  CONTINUITY_CSV_HEADER,
  formatContinuityCsvLine,
  formatContinuityJsonLine,
  type PersonContinuity,
} from '../../analytics/continuity-csv';
import { continuityFromFile } from '../../analytics/continuity-file';
import { fileSource } from '../../analytics/csv-record-reader';
import { AppError } from '../../domain/errors/app-error';
import { isIsoDate } from '../../services/analytics/analytics-window';
import { createStdoutWriter } from '../stdout-writer';
import { createTerminalProgress } from '../terminal-progress';

export type ContinuityFormat = 'jsonl' | 'csv';

export interface AnalyticsContinuityOptions {
  input?: string;
  from?: string;
  to?: string;
  /** FROM,TO: both days included. */
  period?: string;
  format?: string;
}

/** Files this large show progress on a terminal. */
const PROGRESS_FROM_BYTES = 32 << 20;
const DAY_MS = 86_400_000;

/**
 * `tandem analytics continuity`: each person's continuity indices as JSON Lines or CSV, either
 * from a CSV file (`--input`) or from the configured database over a period (`--period FROM,TO`
 * or `--from`/`--to`, by default the last 12 months). Every option is checked before any work.
 */
export async function analyticsContinuity(options: AnalyticsContinuityOptions): Promise<void> {
  const format = parseFormat(options.format);
  const period = options.period === undefined ? undefined : parsePeriod(options.period);
  if (period && (options.from !== undefined || options.to !== undefined)) {
    throw new AppError('bad_request', 'Give the period either as --period FROM,TO or as --from/--to, not both.');
  }
  if (options.input !== undefined) {
    if (options.from !== undefined || options.to !== undefined) {
      throw new AppError(
        'bad_request',
        'Give either --input FILE or --from/--to, not both: --input reads a CSV file, --from/--to read the database (use --period FROM,TO to limit a file).',
      );
    }
    analyticsContinuityFromCsv({ input: options.input, format, ...(period ? { period } : {}) });
    return;
  }
  await analyticsContinuityFromDatabase({ ...(period ?? options), format });
}

/**
 * Reads contacts from a CSV file (person_id,worker_id,contact_at) and prints each person's
 * continuity indices, streaming the file (see `continuityFromFile` for the passes it takes).
 */
export function analyticsContinuityFromCsv(options: {
  input: string;
  format?: ContinuityFormat;
  period?: { from: string; to: string };
}): void {
  let fd: number;
  try {
    fd = openSync(options.input, 'r');
  } catch (error) {
    throw new Error(
      `Cannot read ${options.input}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}`,
    );
  }
  const { format, write } = outputFor(options.format ?? 'jsonl');
  const size = fstatSync(fd).size;
  const progress = createTerminalProgress(`Reading ${basename(options.input)}`, size);
  try {
    continuityFromFile({
      open: () => {
        let position = 0;
        const read = fileSource(fd);
        return (into, offset, length) => {
          // Each pass reads from the start: positioned reads, so passes do not share a file offset.
          const count = read(into, offset, length, position);
          position += count;
          return count;
        };
      },
      write: write.write,
      format,
      ...(options.period
        ? {
            period: {
              from: Date.parse(`${options.period.from}T00:00:00Z`),
              to: Date.parse(`${options.period.to}T00:00:00Z`) + DAY_MS,
            },
          }
        : {}),
      ...(size >= PROGRESS_FROM_BYTES ? { onProgress: (state) => progress.update(state) } : {}),
    });
    write.flush();
  } finally {
    progress.done();
    closeSync(fd);
  }
}

/**
 * Prints, for each person with a contact in the period, the same lines as the CSV route (UPC with
 * the most frequently seen worker), worked out in the database. Dates are checked before the
 * database is opened, so a typing slip fails fast.
 */
export async function analyticsContinuityFromDatabase(options: {
  from?: string;
  to?: string;
  format?: ContinuityFormat;
}): Promise<void> {
  for (const [flag, value] of [
    ['--from', options.from],
    ['--to', options.to],
  ] as const) {
    if (value !== undefined && !isIsoDate(value)) {
      throw new AppError(
        'bad_request',
        `${flag} "${value}" is not a date; write it as YYYY-MM-DD, such as 2025-06-30.`,
      );
    }
  }
  if (options.from !== undefined && options.to !== undefined && options.from > options.to) {
    throw new AppError('bad_request', `--from ${options.from} is after --to ${options.to}.`);
  }
  const { format, write } = outputFor(options.format ?? 'jsonl');
  // Loaded here, not at the top: reading a file needs none of the database's modules, whose
  // loading would cost a file run a second of start-up and tens of megabytes.
  const [{ loadConfig }, { openRuntime }, { exportPersonContinuity }, { SYSTEM_ACTOR }] = await Promise.all([
    import('../../config/config'),
    import('../runtime'),
    import('../../services/analytics/export-person-continuity'),
    import('../../domain/accounts/actor'),
  ]);
  const runtime = await openRuntime(loadConfig());
  try {
    const window = {
      ...(options.from !== undefined ? { from: options.from } : {}),
      ...(options.to !== undefined ? { to: options.to } : {}),
    };
    const people = await exportPersonContinuity(runtime.services, window, SYSTEM_ACTOR);
    for (const { personId, contacts, workers, upc, coc, secon, mmci, hhi } of people) {
      write.write(format({ person_id: personId, contacts, workers, upc, coc, secon, mmci, hhi }));
    }
    write.flush();
  } finally {
    await runtime.close();
  }
}

function outputFor(format: ContinuityFormat): {
  format: (person: PersonContinuity) => string;
  write: ReturnType<typeof createStdoutWriter>;
} {
  const write = createStdoutWriter();
  if (format === 'csv') write.write(CONTINUITY_CSV_HEADER);
  return { format: format === 'csv' ? formatContinuityCsvLine : formatContinuityJsonLine, write };
}

function parseFormat(format: string | undefined): ContinuityFormat {
  if (format === undefined || format === 'jsonl' || format === 'csv') return format ?? 'jsonl';
  throw new AppError('bad_request', `--format "${format}" is not known; use jsonl (one JSON object per line) or csv.`);
}

/** `FROM,TO` as two dates, both days included. */
function parsePeriod(text: string): { from: string; to: string } {
  const [from = '', to, ...rest] = text.split(',').map((part) => part.trim());
  if (to === undefined || rest.length > 0 || !isIsoDate(from) || !isIsoDate(to)) {
    throw new AppError(
      'bad_request',
      `--period "${text}" is not a period; write it as FROM,TO with dates YYYY-MM-DD, such as 2025-01-01,2025-12-31 (both days included).`,
    );
  }
  if (from > to) throw new AppError('bad_request', `--period starts (${from}) after it ends (${to}).`);
  return { from, to };
}
