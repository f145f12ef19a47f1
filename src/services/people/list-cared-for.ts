import type { CarerShareScope } from '../../domain/access/person-access-policy';
import type { Actor } from '../../domain/accounts/actor';
import { AppError } from '../../domain/errors/app-error';
import { recordAudit } from '../audit/record-audit';
import type { ServiceDeps } from '../ports';
import type { PersonRecord } from '../organisation/ports';

export interface CaredForPerson {
  personId: string;
  name: string;
  relationship: string;
  sharedScopes: CarerShareScope[];
}

/** The people a carer supports, with what each has chosen to share. */
export async function listCaredFor(deps: ServiceDeps, actor: Actor): Promise<CaredForPerson[]> {
  if (actor.role !== 'carer' || !actor.carerId)
    throw new AppError('forbidden', 'Only carers have people they care for.');
  const carerId = actor.carerId;
  return deps.uow.run(async (r) => {
    const links = await r.organisation.listCarerLinksForCarer(carerId);
    const people: (PersonRecord | null)[] = [];
    for (const link of links) people.push(await r.organisation.findPerson(link.personId));
    await recordAudit(r, actor, deps.now(), { action: 'cared_for.read', detail: { people: links.length } });
    return links.flatMap((link, i) => {
      const person = people[i];
      return person
        ? [
            {
              personId: person.id,
              name: person.preferredName ?? person.name,
              relationship: link.relationship,
              sharedScopes: link.sharedScopes,
            },
          ]
        : [];
    });
  });
}
