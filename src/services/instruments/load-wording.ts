import type { Actor } from '../../domain/accounts/actor';
import { applyWording, InstrumentError, type WordingFile } from '../../domain/instruments';
import { requireRole } from '../access/require-role';
import { recordAudit } from '../audit/record-audit';
import type { ServiceDeps } from '../ports';
import { catalogueDefinition, currentDefinition } from './definition-with-wording';
import type { WordingRecord } from './ports';

/**
 * An administrator loads the item wording of a licensed instrument, which Tandem does not ship.
 * The file must match the instrument version exactly (every item once, no others, no empty text);
 * otherwise a 400 lists every problem and nothing is stored. An instrument whose item-to-subscale
 * assignment Tandem does not ship (STAR) needs the service's scoring key in the same file, checked
 * against the published subscale sizes. Loading again replaces the wording.
 */
export async function loadWording(deps: ServiceDeps, wording: WordingFile, actor: Actor): Promise<WordingRecord> {
  requireRole(actor, ['admin'], 'Only administrators load instrument wording.');
  const current = currentDefinition(wording.instrumentId);
  if (!current) {
    throw new InstrumentError('invalid-wording', [
      {
        path: 'instrumentId',
        code: 'wrong-instrument',
        message: `Tandem has no instrument "${wording.instrumentId}".`,
      },
    ]);
  }
  if (current.wordingMode === 'included') {
    throw new InstrumentError('invalid-wording', [
      {
        path: 'instrumentId',
        code: 'wrong-instrument',
        message: `"${current.id}" comes with its own wording; only licensed instruments take a wording file.`,
      },
    ]);
  }
  // Checked against the named version when Tandem has it, else against the current one, which reports the version mismatch.
  const applied = applyWording(catalogueDefinition(wording.instrumentId, wording.version) ?? current, wording);
  return deps.uow.run(async (repositories) => {
    const now = deps.now();
    const record: WordingRecord = {
      instrumentId: applied.id,
      version: applied.version,
      items: applied.items.map((item) => ({ id: item.id, text: item.text ?? '' })),
      ...(wording.scoringKey ? { scoringKey: wording.scoringKey } : {}),
      loadedAt: now,
      loadedByAccountId: actor.accountId,
    };
    await repositories.instruments.saveWording(record);
    await recordAudit(repositories, actor, now, {
      action: 'instrument.wording.load',
      detail: {
        instrumentId: record.instrumentId,
        version: record.version,
        items: record.items.length,
        hasScoringKey: record.scoringKey !== undefined,
      },
    });
    return record;
  });
}
