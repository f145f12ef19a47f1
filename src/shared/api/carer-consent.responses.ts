import type { CarerShareScope } from './labels';

// What each carer may see now, and the consent records behind it. Instants are ISO strings.

export interface CarerSharingDto {
  carerId: string;
  name: string;
  relationship: string;
  sharedScopes: CarerShareScope[];
  /** Sent back with a change, so a change made meanwhile is a 409, not overwritten. */
  version: number;
}

export interface CarerConsentDto {
  id: string;
  carerId: string;
  carerName: string;
  scope: CarerShareScope;
  change: 'given' | 'withdrawn';
  changedAt: string;
  byName: string;
  /** True when the person made the change themselves. */
  isByPerson: boolean;
  onBehalfReason: string | null;
}

export interface CarerSharingResponse {
  carers: CarerSharingDto[];
  history: CarerConsentDto[];
}
