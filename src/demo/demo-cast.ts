import type { CarerShareScope } from '../domain/access/person-access-policy';
import type { InventedName } from './demo-names';

// The people behind the demo accounts keep the same friendly names in every demo, so that guides
// and screenshots can refer to them. Everyone else is invented at random.

const DEMO_WORKER_NAME: InventedName = { first: 'Robin', surname: 'Fairley', full: 'Robin Fairley', shortName: null };

export const DEMO_WORKER = { name: DEMO_WORKER_NAME, profession: 'Mental health nurse' } as const;

export const DEMO_PERSON = { name: 'Jordan Meadows', preferredName: 'Jo', ageInYears: 34 } as const;

export const DEMO_CARER = {
  name: 'Morgan Meadows',
  relationship: 'Parent',
  sharedScopes: ['care_team', 'contacts', 'care_plan'] as CarerShareScope[],
} as const;
