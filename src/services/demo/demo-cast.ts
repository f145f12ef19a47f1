import type { CarerShareScope } from '../../domain/access/person-access-policy';

// The people behind the demo accounts keep the same friendly names in every demo, so that guides
// and screenshots can refer to them. Everyone else is invented at random.

export const DEMO_WORKER = { first: 'Robin', surname: 'Fairley', profession: 'Mental health nurse' } as const;

export const DEMO_PERSON = { name: 'Jordan Meadows', preferredName: 'Jo', ageInYears: 34 } as const;

export const DEMO_CARER = {
  name: 'Morgan Meadows',
  relationship: 'Parent',
  sharedScopes: ['care_team', 'contacts'] as CarerShareScope[],
} as const;
