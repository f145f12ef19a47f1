import type { Actor } from '../../domain/accounts/actor';
import { AppError } from '../../domain/errors/app-error';
import { HANDOVER_NOTE_MAX } from '../../domain/handovers/handover-states';
import { recordAudit } from '../audit/record-audit';
import type { ServiceDeps } from '../ports';
import { loadHandover, requirePlanned, requireVersion } from './load-handover';
import type { HandoverView } from './ports';

/**
 * The person's own words for their new care coordinator ("what I want my new worker to know"),
 * added to the handover note. Only the person writes them; a stale version is a 409 with the
 * current text, so nothing they wrote on another device is overwritten.
 */
export async function addToHandoverNote(
  deps: ServiceDeps,
  input: { handoverId: string; version: number; personNote: string },
  actor: Actor,
): Promise<HandoverView> {
  return deps.uow.run(async (r) => {
    const now = deps.now();
    const { handover, access } = await loadHandover(r, actor, input.handoverId, 'add_to_handover_note', now);
    requirePlanned(handover);
    requireVersion(handover, input.version);
    const personNote = input.personNote.trim() || null;
    if (personNote && [...personNote].length > HANDOVER_NOTE_MAX) {
      throw new AppError('bad_request', `At most ${HANDOVER_NOTE_MAX.toLocaleString('en-GB')} characters.`, {
        field: 'personNote',
      });
    }
    const change = { personNote, personNoteAt: now };
    if (!(await r.handovers.update(handover.id, handover.version, change)))
      throw new AppError('conflict', 'This handover was changed while you were writing. Reload, then save again.');
    await recordAudit(r, actor, now, {
      action: 'handover.person_note',
      personId: handover.personId,
      basis: access.basis,
      detail: { handoverId: handover.id },
    });
    return { ...handover, ...change, version: handover.version + 1 };
  });
}
