/** Rows per INSERT: PostgreSQL allows 65,535 bound parameters per statement, and 1,000 rows of our widest tables stays well inside. */
export const INSERT_BATCH_ROWS = 1_000;

/** Writes rows through `insert` in slices of at most INSERT_BATCH_ROWS; nothing is sent for an empty list. */
export async function inBatches<T>(rows: readonly T[], insert: (batch: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += INSERT_BATCH_ROWS) {
    await insert(rows.slice(i, i + INSERT_BATCH_ROWS));
  }
}
