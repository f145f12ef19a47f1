import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ConfirmSecondFactorBody } from '../../../../shared/api/second-factor.schema';
import type {
  RecoveryCodesResponse,
  SecondFactorEnrolmentResponse,
  SecondFactorRequirementsResponse,
  SecondFactorStatusResponse,
} from '../../../../shared/api/second-factor.responses';
import type { AccountRole } from '../../../../shared/api/labels';
import { apiRequest } from '../../../api-client/api-request';
import { sessionKeys } from '../../session/keys';
import { secondFactorKeys } from '../keys';

export function useSecondFactorStatus() {
  return useQuery({
    queryKey: secondFactorKeys.status,
    queryFn: () => apiRequest<SecondFactorStatusResponse>('GET', '/me/second-factor'),
  });
}

export function useStartSecondFactor() {
  return useMutation({
    mutationFn: () => apiRequest<SecondFactorEnrolmentResponse>('POST', '/me/second-factor'),
  });
}

/** Puts the app in force with its first code; the session may then do everything again. */
export function useConfirmSecondFactor() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ConfirmSecondFactorBody) =>
      apiRequest<RecoveryCodesResponse>('POST', '/me/second-factor/confirm', body),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: secondFactorKeys.status });
    },
  });
}

export function useRemoveSecondFactor() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiRequest<void>('DELETE', '/me/second-factor'),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: secondFactorKeys.status }),
  });
}

/** Once the codes are kept: a session that had to set up the app may go on. */
export function useFinishSetup() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: sessionKeys.me });
}

export function useSecondFactorRequirements() {
  return useQuery({
    queryKey: secondFactorKeys.requirements,
    queryFn: () => apiRequest<SecondFactorRequirementsResponse>('GET', '/admin/second-factor'),
  });
}

export function useSetSecondFactorRequirement() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ role, isRequired }: { role: AccountRole; isRequired: boolean }) =>
      apiRequest<void>('PUT', `/admin/second-factor/${role}`, { isRequired }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: secondFactorKeys.requirements }),
  });
}
