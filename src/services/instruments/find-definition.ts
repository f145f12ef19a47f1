import { INSTRUMENT_CATALOGUE, type InstrumentDefinition } from '../../domain/instruments';
import type { Repositories } from '../ports';
import { catalogueDefinition, withWording, type DefinitionWithWording } from './definition-with-wording';

/**
 * An instrument at one version, shipped or imported (ADR 0053): a shipped one with the wording the
 * service loaded, an imported one exactly as it was imported. Undefined when Tandem has no such
 * version. Saved responses and open invitations name their version, so they always read the
 * definition they were made against, whatever was imported since.
 */
export async function findDefinition(
  repositories: Repositories,
  instrumentId: string,
  version: string,
): Promise<DefinitionWithWording | undefined> {
  const shipped = catalogueDefinition(instrumentId, version);
  if (shipped) return withWording(shipped, await repositories.instruments.findWording(shipped.id, shipped.version));
  const imported = await repositories.instruments.findImported(instrumentId, version);
  return imported ? { definition: imported.definition, hasWording: false } : undefined;
}

/**
 * The latest imported version of each instrument Tandem does not ship. A new version of a shipped
 * instrument may be imported and served, but the shipped one stays the one people are asked.
 */
export async function currentImportedDefinitions(repositories: Repositories): Promise<InstrumentDefinition[]> {
  const latest = new Map<string, InstrumentDefinition>();
  for (const { definition } of await repositories.instruments.listImported()) {
    if (!INSTRUMENT_CATALOGUE.some((shipped) => shipped.id === definition.id)) latest.set(definition.id, definition);
  }
  return [...latest.values()];
}
