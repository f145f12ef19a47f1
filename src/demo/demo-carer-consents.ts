import type { CarerConsentRecord } from '../services/carer-consent/ports';
import type { CarerLinkRecord } from '../services/organisation/ports';
import { msOfDay } from './demo-calendar';
import { DEMO_PERSON } from './demo-cast';
import type { DemoContext } from './demo-context';

const ADMINISTRATOR = 'Tandem administrator';
const AT_START = 'Agreed with the person when their carer was added';

/**
 * The consent records behind what each demo carer sees: given on the person's behalf when the
 * carer was added. The demo person (Jo) shared their care plan later, themselves, so their page
 * shows both kinds of record.
 */
export function draftCarerConsents(
  context: DemoContext,
  link: CarerLinkRecord,
  startDay: number,
  isDemoPerson: boolean,
): CarerConsentRecord[] {
  const addedDay = Math.max(startDay, context.historyStart);
  const joDay = context.today - 40;
  return link.sharedScopes.map((scope) => {
    const isJosOwn = isDemoPerson && scope === 'care_plan';
    const at = isJosOwn ? msOfDay(joDay, 19 * 60 + 12) : msOfDay(addedDay, 11 * 60);
    return {
      id: context.relationshipIds('consent', at),
      personId: link.personId,
      carerId: link.carerId,
      scope,
      change: 'given',
      changedAt: new Date(at),
      byAccountId: null,
      byName: isJosOwn ? DEMO_PERSON.preferredName : ADMINISTRATOR,
      onBehalfReason: isJosOwn ? null : AT_START,
    };
  });
}
