import { runBulkExports } from '../services/bulk-export/run-bulk-exports';
import type { ServiceDeps } from '../services/ports';
import { repeatEvery, type Repeating } from '../services/repeat-every';

/** How often a server looks for bulk exports to write. */
export const BULK_EXPORT_INTERVAL_MS = 2_000;

/**
 * Writes FHIR Bulk Data exports in the background, in every server process: each export is taken by
 * one of them (SKIP LOCKED), and one whose server stopped is taken up again (decision 0044).
 */
export function startBulkExportRunner(
  services: ServiceDeps,
  options: { intervalMs?: number; onError: (error: unknown) => void },
): Repeating {
  return repeatEvery(
    options.intervalMs ?? BULK_EXPORT_INTERVAL_MS,
    () => runBulkExports(services, { onFailure: options.onError }),
    options.onError,
  );
}
