import { useQuery } from '@tanstack/react-query';
import type { InstrumentDto, InstrumentsResponse } from '../../../../shared/api/instruments.responses';
import { apiRequest } from '../../../api-client/api-request';
import { feedbackKeys } from '../keys';

/** Every instrument's definition; they change only when a service loads new wording. */
export function useInstruments() {
  return useQuery({
    queryKey: feedbackKeys.instruments,
    queryFn: () => apiRequest<InstrumentsResponse>('GET', '/instruments'),
    staleTime: 10 * 60 * 1000,
  });
}

/** The one instrument with this id and version, once the list has loaded. */
export function findInstrument(
  list: InstrumentsResponse | undefined,
  ref: { id: string; version: string } | undefined,
): InstrumentDto | undefined {
  if (!list || !ref) return undefined;
  return list.instruments.find((i) => i.id === ref.id && i.version === ref.version);
}
