import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { SetCarerSharingBody } from '../../../../shared/api/carer-consent.schema';
import type { CarerSharingDto, CarerSharingResponse } from '../../../../shared/api/carer-consent.responses';
import { apiRequest } from '../../../api-client/api-request';
import { carerKeys } from '../keys';

const sharingPath = (personId: string) => `/people/${encodeURIComponent(personId)}/carer-sharing`;

/** A person's carers, what each may see, and every change of it. */
export function useCarerSharing(personId: string) {
  return useQuery({
    queryKey: carerKeys.sharing(personId),
    queryFn: () => apiRequest<CarerSharingResponse>('GET', sharingPath(personId)),
  });
}

/** Gives or withdraws what one carer may see; a 409 means it changed meanwhile, so the list is read again. */
export function useSetCarerSharing(personId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ carerId, ...body }: SetCarerSharingBody & { carerId: string }) =>
      apiRequest<CarerSharingDto>('PUT', `${sharingPath(personId)}/${encodeURIComponent(carerId)}`, body),
    onSettled: () => queryClient.invalidateQueries({ queryKey: carerKeys.sharing(personId) }),
  });
}
