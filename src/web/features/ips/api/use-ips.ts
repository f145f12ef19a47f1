import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  BenefitsAdviceDto,
  EmployerDto,
  EmployersResponse,
  IpsCaseloadDto,
  IpsFidelityDto,
  IpsOutcomesDto,
  IpsRecordDto,
  IpsReferralDto,
  JobDto,
  JobInterestDto,
  VocationalProfileDto,
} from '../../../../shared/api/ips.responses';
import type {
  EmployerContactBody,
  JobBody,
  EditJobInterestBody,
  JobInterestBody,
  VocationalProfileBody,
} from '../../../../shared/api/ips.schema';
import { apiRequest } from '../../../api-client/api-request';
import { useSubmissionKey } from '../../../hooks/use-submission-key';
import { ipsKeys } from '../keys';

const ipsPath = (personId: string) => `/people/${encodeURIComponent(personId)}/ips`;

/** A person's IPS record; 403 and 404 come back as ApiRequestError. */
export function useIpsRecord(personId: string) {
  return useQuery({
    queryKey: ipsKeys.record(personId),
    queryFn: () => apiRequest<IpsRecordDto>('GET', ipsPath(personId)),
    enabled: personId !== '',
  });
}

/** A change to a person's IPS record, refreshing the record and the specialist's caseload after it. */
function useIpsChange<Body, Result>(personId: string, send: (body: Body, key: string) => Promise<Result>) {
  const queryClient = useQueryClient();
  const submission = useSubmissionKey();
  return useMutation({
    mutationFn: (body: Body) => send(body, submission.current()),
    onSuccess: async () => {
      submission.renew();
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ipsKeys.record(personId) }),
        queryClient.invalidateQueries({ queryKey: ipsKeys.caseload }),
      ]);
    },
  });
}

export const useReferToIps = (personId: string) =>
  useIpsChange(personId, (body: { note?: string }, key) =>
    apiRequest('POST', `${ipsPath(personId)}/referrals`, body, { idempotencyKey: key }),
  );

export const useSaveVocationalProfile = (personId: string) =>
  useIpsChange(personId, (body: VocationalProfileBody) =>
    apiRequest<VocationalProfileDto>('PUT', `${ipsPath(personId)}/profile`, body),
  );

export const useRecordJob = (personId: string) =>
  useIpsChange(personId, (body: JobBody, key) =>
    apiRequest<JobDto>('POST', `${ipsPath(personId)}/jobs`, body, { idempotencyKey: key }),
  );

export const useEndReferral = (personId: string) =>
  useIpsChange(personId, (body: { endedOn: string; endReason: IpsReferralDto['endReason'] & string }) =>
    apiRequest<IpsReferralDto>('POST', `${ipsPath(personId)}/referrals/end`, body),
  );

export const useRecordBenefitsAdvice = (personId: string) =>
  useIpsChange(personId, (body: { givenOn: string; givenBy: string; covered: string }, key) =>
    apiRequest<BenefitsAdviceDto>('POST', `${ipsPath(personId)}/benefits-advice`, body, { idempotencyKey: key }),
  );

export const useAddJobInterest = (personId: string) =>
  useIpsChange(personId, (body: JobInterestBody, key) =>
    apiRequest<JobInterestDto>('POST', `${ipsPath(personId)}/job-interests`, body, { idempotencyKey: key }),
  );

/** Moves a job interest on; the record is fetched again either way, so a 409 shows where it now stands. */
export function useSetJobInterestStatus(personId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...body }: { id: string; status: JobInterestDto['status']; baseRevision: number }) =>
      apiRequest<JobInterestDto>('PUT', `${ipsPath(personId)}/job-interests/${encodeURIComponent(id)}/status`, body),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ipsKeys.record(personId) }),
  });
}

/** Corrects a job interest's words; the record is fetched again either way, so a 409 leaves it current. */
export function useEditJobInterest(personId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...body }: EditJobInterestBody & { id: string }) =>
      apiRequest<JobInterestDto>('PUT', `${ipsPath(personId)}/job-interests/${encodeURIComponent(id)}`, body),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ipsKeys.record(personId) }),
  });
}

/** Removes a job interest seen at `baseRevision`; a change made since is refused (409) and shown. */
export function useRemoveJobInterest(personId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, baseRevision }: { id: string; baseRevision: number }) =>
      apiRequest<void>(
        'DELETE',
        `${ipsPath(personId)}/job-interests/${encodeURIComponent(id)}?baseRevision=${baseRevision}`,
      ),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ipsKeys.record(personId) }),
  });
}

export const useTakeReferral = (personId: string) =>
  useIpsChange(personId, (_body: undefined) => apiRequest('POST', `${ipsPath(personId)}/referrals/take`));

/** The signed-in specialist's IPS caseload and their team's waiting referrals. */
export function useIpsCaseload() {
  return useQuery({ queryKey: ipsKeys.caseload, queryFn: () => apiRequest<IpsCaseloadDto>('GET', '/ips/caseload') });
}

/** The employers staff pick from; `isEnabled` false for the person, who names an employer instead. */
export function useEmployers(isEnabled = true) {
  return useQuery({
    queryKey: ipsKeys.employers,
    queryFn: () => apiRequest<EmployersResponse>('GET', '/ips/employers'),
    enabled: isEnabled,
  });
}

export function useCreateEmployer() {
  const queryClient = useQueryClient();
  const submission = useSubmissionKey();
  return useMutation({
    mutationFn: (body: { name: string; sector: string; town: string }) =>
      apiRequest<EmployerDto>('POST', '/ips/employers', body, { idempotencyKey: submission.current() }),
    onSuccess: async () => {
      submission.renew();
      await queryClient.invalidateQueries({ queryKey: ipsKeys.employers });
    },
  });
}

export function useRecordEmployerContact() {
  const queryClient = useQueryClient();
  const submission = useSubmissionKey();
  return useMutation({
    mutationFn: (body: EmployerContactBody) =>
      apiRequest('POST', '/ips/employer-contacts', body, { idempotencyKey: submission.current() }),
    onSuccess: async () => {
      submission.renew();
      await queryClient.invalidateQueries({ queryKey: ['ips'] });
    },
  });
}

export function useIpsOutcomes() {
  return useQuery({ queryKey: ipsKeys.outcomes, queryFn: () => apiRequest<IpsOutcomesDto>('GET', '/analytics/ips') });
}

/**
 * A team's fidelity reviews and the figures counted from the records: the manager's own team, or
 * the team an administrator chose.
 */
export function useIpsFidelity(teamId: string | null, isEnabled = true) {
  return useQuery({
    queryKey: ipsKeys.fidelity(teamId ?? 'mine'),
    queryFn: () =>
      apiRequest<IpsFidelityDto>(
        'GET',
        teamId ? `/ips/fidelity?teamId=${encodeURIComponent(teamId)}` : '/ips/fidelity',
      ),
    enabled: isEnabled,
  });
}

export function useRecordFidelityReview() {
  const queryClient = useQueryClient();
  const submission = useSubmissionKey();
  return useMutation({
    mutationFn: (body: { teamId: string; reviewedOn: string; reviewers: string; scores: number[] }) =>
      apiRequest<{ id: string; total: number }>('POST', '/ips/fidelity-reviews', body, {
        idempotencyKey: submission.current(),
      }),
    onSuccess: async () => {
      submission.renew();
      await queryClient.invalidateQueries({ queryKey: ['ips', 'fidelity'] });
    },
  });
}
