import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { DeclineProposalBody, SaveSectionBody } from '../../../../shared/api/care-plan.schema';
import type {
  AcceptProposalResponse,
  ProposalDto,
  SaveSectionResponse,
  SignCarePlanResponse,
} from '../../../../shared/api/care-plan.responses';
import { apiRequest } from '../../../api-client/api-request';
import { carePlanKeys } from '../keys';
import { carePlanPath } from './care-plan-path';
import { useDocumentPath } from '../document-path';

/** After any change the plan, its versions and comparisons may all differ, so they are all refreshed. */
function useRefreshPlan(personId: string) {
  const queryClient = useQueryClient();
  const document = useDocumentPath();
  return () => queryClient.invalidateQueries({ queryKey: carePlanKeys.all(personId, document) });
}

/** Saves a section; resolves to saved or proposed, throws 409 with the current text when stale. */
export function useSaveCarePlanSection(personId: string, sectionKey: string) {
  const refresh = useRefreshPlan(personId);
  const document = useDocumentPath();
  return useMutation({
    mutationFn: (body: SaveSectionBody) =>
      apiRequest<SaveSectionResponse>(
        'PUT',
        `${carePlanPath(personId, document)}/sections/${encodeURIComponent(sectionKey)}`,
        body,
      ),
    onSuccess: refresh,
  });
}

/** The person accepts or declines a proposed change to their words. */
export function useDecideProposal(personId: string, proposalId: string) {
  const refresh = useRefreshPlan(personId);
  const path = `${carePlanPath(personId, useDocumentPath())}/proposals/${encodeURIComponent(proposalId)}`;
  const accept = useMutation({
    mutationFn: () => apiRequest<AcceptProposalResponse>('POST', `${path}/accept`),
    onSuccess: refresh,
  });
  const decline = useMutation({
    mutationFn: (body: DeclineProposalBody) => apiRequest<ProposalDto>('POST', `${path}/decline`, body),
    onSuccess: refresh,
  });
  return { accept, decline };
}

/** Signs one version of the plan as the viewer's signer kind. */
export function useSignCarePlan(personId: string) {
  const refresh = useRefreshPlan(personId);
  const document = useDocumentPath();
  return useMutation({
    mutationFn: (version: number) =>
      apiRequest<SignCarePlanResponse>('POST', `${carePlanPath(personId, document)}/signatures`, { version }),
    onSuccess: refresh,
  });
}
