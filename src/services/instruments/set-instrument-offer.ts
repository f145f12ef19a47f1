import type { Actor } from '../../domain/accounts/actor';
import { AppError } from '../../domain/errors/app-error';
import { INSTRUMENT_CATALOGUE } from '../../domain/instruments';
import { requireRole } from '../access/require-role';
import { recordAudit } from '../audit/record-audit';
import type { ServiceDeps } from '../ports';
import { currentImportedDefinitions } from './find-definition';
import type { InstrumentOfferRecord } from './ports';

export interface InstrumentOfferInput {
  instrumentId: string;
  offered: boolean;
  /** The offer's revision the administrator saw: 0 when it was never switched. */
  revision: number;
}

/**
 * An administrator turns an imported instrument on for people (care-team schedules, "fill one in",
 * FHIR create) or off again (ADR 0053). Turning it off stops new invitations and schedules; the
 * invitations already open stay answerable, against the version they name. A switch made from a
 * page that was out of date is refused with 409, so it never undoes someone else's.
 */
export async function setInstrumentOffer(
  deps: ServiceDeps,
  input: InstrumentOfferInput,
  actor: Actor,
): Promise<InstrumentOfferRecord> {
  requireRole(actor, ['admin'], 'Only administrators choose which questionnaires are offered to people.');
  if (INSTRUMENT_CATALOGUE.some((shipped) => shipped.id === input.instrumentId))
    throw new AppError(
      'bad_request',
      `“${input.instrumentId}” ships with Tandem: it is offered once its wording is loaded, not by this switch.`,
    );
  return deps.uow.run(async (repositories) => {
    const imported = (await repositories.instruments.listImported()).some(
      (record) => record.definition.id === input.instrumentId,
    );
    if (!imported) throw new AppError('not_found', `Tandem has no imported instrument “${input.instrumentId}”.`);
    const now = deps.now();
    const saved = await repositories.instruments.saveOffer(
      { instrumentId: input.instrumentId, offered: input.offered, changedAt: now, changedByAccountId: actor.accountId },
      input.revision,
    );
    if (!saved)
      throw new AppError(
        'conflict',
        'Someone changed whether this questionnaire is offered while you were looking. Reload the page to see the current setting.',
      );
    await recordAudit(repositories, actor, now, {
      action: input.offered ? 'instrument.offer' : 'instrument.withdraw_offer',
      detail: { instrumentId: input.instrumentId, revision: saved.revision },
    });
    return saved;
  });
}

/** An imported instrument at its latest version, and whether it is offered to people. */
export interface ImportedInstrumentOffer {
  instrumentId: string;
  version: string;
  title: string;
  offered: boolean;
  revision: number;
}

/** Every imported instrument Tandem does not ship, for the administrator's switch (ADR 0053). */
export async function listInstrumentOffers(deps: ServiceDeps, actor: Actor): Promise<ImportedInstrumentOffer[]> {
  requireRole(actor, ['admin'], 'Only administrators choose which questionnaires are offered to people.');
  return deps.uow.run(async (repositories) => {
    const offers = await repositories.instruments.listOffers();
    return (await currentImportedDefinitions(repositories)).map((definition) => {
      const offer = offers.find((o) => o.instrumentId === definition.id);
      return {
        instrumentId: definition.id,
        version: definition.version,
        title: definition.title,
        offered: offer?.offered ?? false,
        revision: offer?.revision ?? 0,
      };
    });
  });
}
