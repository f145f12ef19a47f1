import { useState } from 'react';
import type { JobInterestDto } from '../../../../shared/api/ips.responses';
import { JOB_INTEREST_STATUSES, JOB_INTEREST_STATUS_LABELS } from '../../../../shared/api/ips-labels';
import { ConfirmQuestion } from '../../../ui/confirm-question';
import { ErrorMessage } from '../../../ui/error-message';
import { useRemoveJobInterest, useSetJobInterestStatus } from '../api/use-ips';
import { JobInterestForm } from './job-interest-form';

export { JobInterestForm } from './job-interest-form';

/**
 * The jobs and employers the person is interested in, each with where it stands. Those who may
 * write in the record move an interest on with a button per status, correct its words, and remove
 * it after saying yes to a question.
 */
export function JobInterestList({
  personId,
  accountId,
  interests,
  isSelf,
  isStaff,
  canChange,
}: {
  personId: string;
  accountId: string;
  interests: JobInterestDto[];
  isSelf: boolean;
  isStaff: boolean;
  canChange: boolean;
}) {
  const change = useSetJobInterestStatus(personId);
  const remove = useRemoveJobInterest(personId);
  const [editingId, setEditingId] = useState<string | null>(null);
  const [removingId, setRemovingId] = useState<string | null>(null);
  if (interests.length === 0)
    return <p>{isSelf ? 'You have not added any jobs or employers yet.' : 'None added yet.'}</p>;
  return (
    <>
      {change.isError && <ErrorMessage error={change.error} />}
      {remove.isError && <ErrorMessage error={remove.error} />}
      <ul className="ips-list ips-interests">
        {interests.map((i) => (
          <li key={i.id}>
            <p className="ips-interest-title">
              <strong>{i.jobKind}</strong>
              {i.employerName ? ` at ${i.employerName}` : ''}: <span>{JOB_INTEREST_STATUS_LABELS[i.status]}</span>
            </p>
            {i.why && <p className="ips-interest-why">“{i.why}”</p>}
            <p className="muted">
              Added by {i.addedByName} on {i.addedAt.slice(0, 10)}
            </p>
            {canChange && (
              <div className="button-row" role="group" aria-label={`Change where ${i.jobKind} stands`}>
                {JOB_INTEREST_STATUSES.filter((s) => s !== i.status).map((s) => (
                  <button
                    key={s}
                    type="button"
                    className="button button--secondary"
                    disabled={change.isPending}
                    aria-label={`${JOB_INTEREST_STATUS_LABELS[s]}: ${i.jobKind}`}
                    onClick={() => change.mutate({ id: i.id, status: s, baseRevision: i.revision })}
                  >
                    {JOB_INTEREST_STATUS_LABELS[s]}
                  </button>
                ))}
                <button
                  type="button"
                  className="button button--secondary"
                  aria-label={`Correct ${i.jobKind}`}
                  aria-expanded={editingId === i.id}
                  onClick={() => setEditingId(editingId === i.id ? null : i.id)}
                >
                  Correct
                </button>
                <button
                  type="button"
                  className="button button--secondary"
                  aria-label={`Remove ${i.jobKind}`}
                  onClick={() => setRemovingId(i.id)}
                >
                  Remove
                </button>
              </div>
            )}
            {removingId === i.id && (
              <RemoveConfirmation
                jobKind={i.jobKind}
                whose={isSelf ? 'your' : 'their'}
                isPending={remove.isPending}
                onRemove={() =>
                  remove.mutate({ id: i.id, baseRevision: i.revision }, { onSettled: () => setRemovingId(null) })
                }
                onKeep={() => setRemovingId(null)}
              />
            )}
            {editingId === i.id && (
              <JobInterestForm
                personId={personId}
                accountId={accountId}
                isSelf={isSelf}
                isStaff={isStaff}
                interest={i}
                onDone={() => setEditingId(null)}
              />
            )}
          </li>
        ))}
      </ul>
    </>
  );
}

/** The question before an interest is removed. */
function RemoveConfirmation({
  jobKind,
  whose,
  isPending,
  onRemove,
  onKeep,
}: {
  jobKind: string;
  whose: string;
  isPending: boolean;
  onRemove: () => void;
  onKeep: () => void;
}) {
  return (
    <ConfirmQuestion
      label={`Remove ${jobKind}?`}
      confirmText="Yes, remove it"
      keepText="Keep it"
      isPending={isPending}
      onConfirm={onRemove}
      onKeep={onKeep}
    >
      Remove {jobKind} from {whose} job search? It cannot be brought back.
    </ConfirmQuestion>
  );
}
