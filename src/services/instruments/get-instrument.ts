import type { Actor } from '../../domain/accounts/actor';
import { AppError } from '../../domain/errors/app-error';
import type { ServiceDeps } from '../ports';
import type { DefinitionWithWording } from './definition-with-wording';
import { findDefinition } from './find-definition';

/** One instrument at one version, with its loaded wording if licensed; 404 when Tandem has no such version. */
export async function getInstrument(
  deps: ServiceDeps,
  input: { instrumentId: string; version: string },
  _actor: Actor,
): Promise<DefinitionWithWording> {
  return deps.uow.run(async (repositories) => {
    const found = await findDefinition(repositories, input.instrumentId, input.version);
    if (!found)
      throw new AppError('not_found', `There is no instrument "${input.instrumentId}" at version ${input.version}.`);
    return found;
  });
}
