import { describe, expect, it } from 'vitest';
import { policyActor, policyFacts } from '../../../test/support/access-fixtures';
import type { Actor } from '../accounts/actor';
import { decidePersonAccess, type PersonAction, type PersonAccessFacts } from './person-access-policy';

const PERSON = 'p-1';
const actor = policyActor;
const facts = policyFacts;

const ACTIONS = [
  'give_carer_view',
  'read_carer_views',
  'request_carer_assessment',
  'read_carer_assessments',
  'answer_carer_assessment',
] as const satisfies readonly PersonAction[];

/** Who may take each action, role by role: true where allowed. */
const CASES: { who: string; actor: Actor; facts: PersonAccessFacts; allowed: readonly PersonAction[] }[] = [
  {
    who: 'the person',
    actor: actor('service_user', { personId: PERSON }),
    facts: facts(),
    allowed: ['read_carer_views'],
  },
  { who: 'another service user', actor: actor('service_user', { personId: 'p-2' }), facts: facts(), allowed: [] },
  {
    who: 'a carer the person shares nothing with',
    actor: actor('carer', { carerId: 'c-1' }),
    facts: facts({ carerScopes: [] }),
    allowed: ['give_carer_view', 'read_carer_views', 'request_carer_assessment', 'read_carer_assessments'],
  },
  {
    who: 'a carer with every scope',
    actor: actor('carer', { carerId: 'c-1' }),
    facts: facts({ carerScopes: ['care_team', 'contacts', 'care_plan', 'messages', 'ips', 'safety_plan'] }),
    allowed: ['give_carer_view', 'read_carer_views', 'request_carer_assessment', 'read_carer_assessments'],
  },
  { who: 'a carer of someone else', actor: actor('carer', { carerId: 'c-9' }), facts: facts(), allowed: [] },
  {
    who: 'a worker in the care team',
    actor: actor('worker', { workerId: 'w-1' }),
    facts: facts({ isInCareTeam: true }),
    allowed: ['read_carer_views', 'read_carer_assessments', 'answer_carer_assessment'],
  },
  { who: 'a worker outside the care team', actor: actor('worker', { workerId: 'w-2' }), facts: facts(), allowed: [] },
  {
    who: 'a worker who broke glass',
    actor: actor('worker', { workerId: 'w-2' }),
    facts: facts({ hasBreakGlass: true }),
    allowed: [],
  },
  {
    who: 'a manager in the care team',
    actor: actor('team_manager', { workerId: 'w-3' }),
    facts: facts({ isInCareTeam: true }),
    allowed: ['read_carer_views', 'read_carer_assessments', 'answer_carer_assessment'],
  },
  {
    who: 'a manager of the person’s team, outside the care team',
    actor: actor('team_manager', { workerId: 'w-3' }),
    facts: facts({ isInManagedTeam: true }),
    allowed: [],
  },
  { who: 'an administrator', actor: actor('admin'), facts: facts(), allowed: [] },
  { who: 'a researcher', actor: actor('researcher'), facts: facts({ isInCareTeam: true }), allowed: [] },
];

describe('carers’ views and carer’s assessment requests', () => {
  it.each(CASES)('lets $who do only what they should', ({ actor: who, facts: known, allowed }) => {
    const decided = ACTIONS.filter((action) => decidePersonAccess(who, PERSON, action, known).allowed);
    expect(decided).toEqual(ACTIONS.filter((action) => allowed.includes(action)));
  });

  it('stops a carer on their very next request once the person unlinks them', () => {
    const carer = actor('carer', { carerId: 'c-1' });
    expect(decidePersonAccess(carer, PERSON, 'request_carer_assessment', facts({ carerScopes: [] })).allowed).toBe(
      true,
    );
    expect(decidePersonAccess(carer, PERSON, 'request_carer_assessment', facts({ carerScopes: null })).allowed).toBe(
      false,
    );
  });
});
