import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { RecordMeetingBody } from '../../../../shared/api/meetings.schema';
import type { MeetingDto } from '../../../../shared/api/meetings.responses';
import { apiRequest } from '../../../api-client/api-request';
import { caseloadKeys } from '../../caseload/keys';
import { personKeys } from '../../person/keys';
import { useSubmissionKey } from '../../../hooks/use-submission-key';

/** Records a meeting; its contact, ratings and actions all live under the person, so all of it is refreshed. */
export function useRecordMeeting(personId: string) {
  const queryClient = useQueryClient();
  const submission = useSubmissionKey();
  return useMutation({
    mutationFn: (body: RecordMeetingBody) =>
      apiRequest<MeetingDto>('POST', `/people/${encodeURIComponent(personId)}/meetings`, body, {
        idempotencyKey: submission.current(),
      }),
    onSettled: (_data, error) => {
      if (!error) submission.renew();
    },
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: personKeys.record(personId) });
      void queryClient.invalidateQueries({ queryKey: caseloadKeys.all });
    },
  });
}
