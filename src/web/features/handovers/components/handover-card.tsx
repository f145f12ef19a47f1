import type { HandoverDto } from '../../../../shared/api/handovers.responses';
import {
  HANDOVER_STATUS_LABELS,
  JOINT_MEETING_LABELS,
  MEMBERSHIP_END_REASON_LABELS,
} from '../../../../shared/api/labels';
import { ErrorMessage } from '../../../ui/error-message';
import { formatDate } from '../../../ui/format/format-date';
import { useCloseHandover } from '../api/use-handovers';
import { JointMeetingForm } from './joint-meeting-form';
import { PersonNoteForm } from './person-note-form';

interface HandoverCardProps {
  handover: HandoverDto;
  isSelf: boolean;
  canPlan: boolean;
  canAddNote: boolean;
}

/** One handover: who takes over and when, both notes, the joint meeting, and what the viewer may do. */
export function HandoverCard({ handover, isSelf, canPlan, canAddNote }: HandoverCardProps) {
  const close = useCloseHandover(handover.personId, handover.id);
  const isPlanned = handover.status === 'planned';
  const from = handover.fromWorkerName;
  const title = isSelf
    ? isPlanned
      ? `${handover.toWorkerName} will be your care coordinator from ${formatDate(handover.handoverOn)}`
      : `${handover.toWorkerName}: ${HANDOVER_STATUS_LABELS[handover.status].toLowerCase()} handover, ${formatDate(handover.handoverOn)}`
    : `${isPlanned ? 'Planned' : HANDOVER_STATUS_LABELS[handover.status]}: ${from ?? 'no coordinator'} to ${handover.toWorkerName}, ${formatDate(handover.handoverOn)}`;
  return (
    <li className="card">
      <h3 className="card__title">{title}</h3>
      <dl className="summary-list">
        <div>
          <dt>Why</dt>
          <dd>{MEMBERSHIP_END_REASON_LABELS[handover.reason]}</dd>
        </div>
        <div>
          <dt>Planned</dt>
          <dd>
            {formatDate(handover.plannedAt.slice(0, 10))} by {handover.plannedByName} ({handover.daysOfNotice} days’
            notice)
          </dd>
        </div>
        <div>
          <dt>Joint meeting</dt>
          <dd>
            {JOINT_MEETING_LABELS[handover.jointMeeting]}
            {handover.jointMeetingOn ? `, ${formatDate(handover.jointMeetingOn)}` : ''}
          </dd>
        </div>
      </dl>
      {isSelf && isPlanned && handover.jointMeeting === 'offered' && (
        <p>
          You are offered a meeting with {from ? `${from} and ` : ''}
          {handover.toWorkerName} together before the change. Ask your team if you would like one, or if you would
          rather not.
        </p>
      )}
      <h4>Handover note{from ? ` from ${from}` : ''}</h4>
      <p className="pre-wrap">{handover.workerNote ?? 'No note was written.'}</p>
      {canAddNote && isPlanned ? (
        <PersonNoteForm handover={handover} />
      ) : (
        <>
          <h4>
            {isSelf
              ? 'What I want my new worker to know'
              : `What ${handover.personName} wants their new worker to know`}
          </h4>
          <p className="pre-wrap">{handover.personNote ?? 'Nothing added.'}</p>
        </>
      )}
      {canPlan && handover.status !== 'cancelled' && <JointMeetingForm handover={handover} />}
      {canPlan && isPlanned && (
        <div className="button-row">
          <button
            type="button"
            className="button"
            disabled={close.isPending}
            onClick={() => close.mutate({ action: 'complete', version: handover.version })}
          >
            Complete the handover now
          </button>
          <button
            type="button"
            className="button button--secondary"
            disabled={close.isPending}
            onClick={() => close.mutate({ action: 'cancel', version: handover.version })}
          >
            Cancel the handover
          </button>
        </div>
      )}
      {close.isError && <ErrorMessage error={close.error} />}
    </li>
  );
}
