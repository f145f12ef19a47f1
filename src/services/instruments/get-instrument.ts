import type { Actor } from '../../domain/accounts/actor';
import { AppError } from '../../domain/errors/app-error';
import type { ServiceDeps } from '../ports';
import { catalogueDefinition, withWording, type DefinitionWithWording } from './definition-with-wording';

/** One instrument at one version, with its loaded wording if licensed; 404 when Tandem has no such version. */
export async function getInstrument(
  deps: ServiceDeps,
  input: { instrumentId: string; version: string },
  _actor: Actor,
): Promise<DefinitionWithWording> {
  const definition = catalogueDefinition(input.instrumentId, input.version);
  if (!definition)
    throw new AppError('not_found', `There is no instrument "${input.instrumentId}" at version ${input.version}.`);
  return deps.uow.run(async (repositories) =>
    withWording(definition, await repositories.instruments.findWording(definition.id, definition.version)),
  );
}
