import type { Actor } from '../../domain/accounts/actor';
import { INSTRUMENT_CATALOGUE } from '../../domain/instruments';
import type { ServiceDeps } from '../ports';
import { withWording, type DefinitionWithWording } from './definition-with-wording';

/**
 * Every instrument Tandem can show and score (the catalogue, then those administrators imported), with the wording of licensed ones where the service
 * has loaded it. Any signed-in account may read them: they hold no one's data, and the licensed
 * wording stays behind sign-in.
 */
export async function listInstruments(deps: ServiceDeps, _actor: Actor): Promise<DefinitionWithWording[]> {
  return deps.uow.run(async (repositories) => {
    const wordings = await repositories.instruments.listWordings();
    const imported = (await repositories.instruments.listImported()).map((record) => record.definition);
    return [...INSTRUMENT_CATALOGUE, ...imported].map((definition) =>
      withWording(
        definition,
        wordings.find((w) => w.instrumentId === definition.id && w.version === definition.version) ?? null,
      ),
    );
  });
}
