import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { InstrumentOfferDto, InstrumentOffersResponse } from '../../../../shared/api/instruments.responses';
import { apiRequest } from '../../../api-client/api-request';
import { adminKeys } from '../keys';

/** Imported questionnaires and whether each is offered to people (administrators only). */
export function useInstrumentOffers() {
  return useQuery({
    queryKey: adminKeys.instrumentOffers,
    queryFn: () => apiRequest<InstrumentOffersResponse>('GET', '/admin/instruments/offers'),
  });
}

/**
 * Turns an imported questionnaire on or off for people from the revision shown; a switch someone
 * else made first is refused (409), and the list is fetched again either way.
 */
export function useSetInstrumentOffer() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({
      instrumentId,
      offered,
      revision,
    }: Pick<InstrumentOfferDto, 'instrumentId' | 'offered' | 'revision'>) =>
      apiRequest<InstrumentOfferDto>('PUT', `/admin/instruments/${encodeURIComponent(instrumentId)}/offer`, {
        offered,
        revision,
      }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: adminKeys.instrumentOffers }),
  });
}
