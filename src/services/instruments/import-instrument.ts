import { isDeepStrictEqual } from 'node:util';
import type { Actor } from '../../domain/accounts/actor';
import { AppError } from '../../domain/errors/app-error';
import type { InstrumentDefinition } from '../../domain/instruments';
import { requireRole } from '../access/require-role';
import { recordAudit } from '../audit/record-audit';
import type { ServiceDeps } from '../ports';
import { catalogueDefinition } from './definition-with-wording';

/**
 * An administrator imports an instrument definition, read by `read` (from a FHIR Questionnaire, say)
 * only once the actor may import, so nobody else learns what is wrong with what they sent; `read`
 * refuses a definition that does not hold together. It is stored beside the catalogue, listed with it
 * and served back. A version, once Tandem has it, never changes, because responses are scored
 * against it: importing the same version again with the same content is a safe retry (`created`
 * false), with other content a 409 asking for a new version; a new version is stored beside the old.
 */
export async function importInstrument(
  deps: ServiceDeps,
  read: () => InstrumentDefinition,
  actor: Actor,
): Promise<{ definition: InstrumentDefinition; created: boolean }> {
  requireRole(actor, ['admin'], 'Only administrators import instruments.');
  const definition = read();
  const shipped = catalogueDefinition(definition.id, definition.version);
  if (shipped) {
    if (isDeepStrictEqual(shipped, definition)) return { definition: shipped, created: false };
    throw versionTaken(definition);
  }
  return deps.uow.run(async (repositories) => {
    const now = deps.now();
    const saved = await repositories.instruments.saveImported({
      definition,
      importedAt: now,
      importedByAccountId: actor.accountId,
    });
    if (!saved) {
      const held = await repositories.instruments.findImported(definition.id, definition.version);
      if (held && isDeepStrictEqual(held.definition, definition))
        return { definition: held.definition, created: false };
      throw versionTaken(definition);
    }
    await recordAudit(repositories, actor, now, {
      action: 'instrument.import',
      detail: { instrumentId: definition.id, version: definition.version, items: definition.items.length },
    });
    return { definition, created: true };
  });
}

const versionTaken = (definition: InstrumentDefinition) =>
  new AppError(
    'conflict',
    `Tandem already has version ${definition.version} of “${definition.id}” with different content. A version never changes once responses may be scored against it: give the changed instrument a new version.`,
  );
