import type { CarerSharing, CarerSharingView } from '../../services/carer-consent/get-carer-sharing';
import type { CarerConsentDto, CarerSharingDto, CarerSharingResponse } from '../../shared/api/carer-consent.responses';

// What carers may see, and the consent records, to the JSON of shared/api/carer-consent.responses.ts.

export const presentCarerSharing = (carer: CarerSharing): CarerSharingDto => ({ ...carer });

export function presentCarerSharingView(view: CarerSharingView): CarerSharingResponse {
  return {
    carers: view.carers.map(presentCarerSharing),
    history: view.history.map((record): CarerConsentDto => ({
      id: record.id,
      carerId: record.carerId,
      carerName: record.carerName,
      scope: record.scope,
      change: record.change,
      changedAt: record.changedAt.toISOString(),
      byName: record.byName,
      isByPerson: record.onBehalfReason === null,
      onBehalfReason: record.onBehalfReason,
    })),
  };
}
