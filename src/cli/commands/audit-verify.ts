import type { Config } from '../../config/config';
import { verifyAuditChains } from '../../services/audit/verify-audit-chains';
import { openRuntime } from '../runtime';

/**
 * Checks every audit chain (or one person's) and names the first broken link of each. Exits with
 * status 3 when a chain is broken, so a scheduled check can raise an alarm.
 */
export async function auditVerify(
  config: Config,
  options: { person?: string },
  out: NodeJS.WritableStream = process.stdout,
): Promise<boolean> {
  const runtime = await openRuntime(config);
  try {
    const result = await verifyAuditChains(runtime.services, options.person ? { personId: options.person } : {});
    const scope = options.person ? `person ${options.person}` : 'every chain';
    out.write(`Checked ${result.eventsChecked} sealed events in ${result.chainsChecked} chains (${scope}).\n`);
    if (result.unsealed > 0)
      out.write(
        `${result.unsealed} newer events wait to be sealed by a running server; they are checked once sealed.\n`,
      );
    for (const broken of result.breaks) {
      out.write(
        `BROKEN ${broken.chainKey} at sequence ${broken.sequence} (event ${broken.eventId}): ${broken.problem}.\n`,
      );
    }
    if (result.breaks.length === 0) out.write('Every chain is intact.\n');
    else process.exitCode = 3;
    return result.breaks.length === 0;
  } finally {
    await runtime.close();
  }
}
