import { CARER_SHARE_SCOPES, type CarerShareScope } from '../access/person-access-policy';

/** Whether a scope was given to a carer or withdrawn from them. */
export type ConsentChange = 'given' | 'withdrawn';

/**
 * The consent records a change of what a carer may see makes: one per scope given or withdrawn,
 * in the order of the scope list. Scopes kept as they were make none.
 *
 * @example consentChanges(['contacts'], ['care_plan']) // [{ scope: 'contacts', change: 'withdrawn' }, { scope: 'care_plan', change: 'given' }]
 */
export function consentChanges(
  before: readonly CarerShareScope[],
  after: readonly CarerShareScope[],
): { scope: CarerShareScope; change: ConsentChange }[] {
  return CARER_SHARE_SCOPES.flatMap((scope) => {
    const was = before.includes(scope);
    const is = after.includes(scope);
    if (was === is) return [];
    return [{ scope, change: is ? ('given' as const) : ('withdrawn' as const) }];
  });
}

/** The scopes in the order of the scope list, each once. */
export const orderedScopes = (scopes: readonly CarerShareScope[]): CarerShareScope[] =>
  CARER_SHARE_SCOPES.filter((scope) => scopes.includes(scope));
