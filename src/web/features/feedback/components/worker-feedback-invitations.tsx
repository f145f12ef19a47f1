import { useEffect, useRef, useState } from 'react';
import type { RelationshipFeedbackResponse } from '../../../../shared/api/feedback.responses';
import { findInstrument, useInstruments } from '../api/use-instruments';
import { formatDate } from '../../../ui/format/format-date';
import { WorkerFeedbackForm } from './worker-feedback-form';

const WORKER_FORM = { id: 'tandem-meeting-feedback-worker', version: '1.0.0' };

/** Recent meetings the signed-in worker was at and has not yet given their own view of. */
export function WorkerFeedbackInvitations({
  personId,
  personName,
  feedback,
}: {
  personId: string;
  personName: string;
  feedback: RelationshipFeedbackResponse;
}) {
  const instruments = useInstruments();
  const [openMeetingId, setOpenMeetingId] = useState<string | null>(null);
  const [thanks, setThanks] = useState<string | null>(null);
  const thanksRef = useRef<HTMLParagraphElement>(null);
  const instrument =
    findInstrument(instruments.data, WORKER_FORM) ?? instruments.data?.instruments.find((i) => i.id === WORKER_FORM.id);

  // The form opens below its button; focus follows so that a keyboard or screen-reader user lands on it.
  useEffect(() => {
    if (openMeetingId) document.getElementById(`worker-feedback-heading-${openMeetingId}`)?.focus();
  }, [openMeetingId]);
  // Saving drops the meeting from the list, form and all, so the list says thank you itself.
  useEffect(() => {
    if (thanks) thanksRef.current?.focus();
  }, [thanks]);

  if ((feedback.invitations.length === 0 && !thanks) || !instrument) return null;
  return (
    <>
      <h4>Your view of recent meetings</h4>
      {thanks && (
        <p className="notice notice--success" ref={thanksRef} tabIndex={-1}>
          {thanks}
        </p>
      )}
      {feedback.invitations.length === 0 && <p>There are no meetings waiting for your view.</p>}
      <ul className="card-list">
        {feedback.invitations.map((invitation) => (
          <li key={invitation.meetingId} className="card">
            <p>Meeting on {formatDate(invitation.occurredAt.slice(0, 10))}</p>
            {openMeetingId === invitation.meetingId ? (
              <WorkerFeedbackForm
                personId={personId}
                meetingId={invitation.meetingId}
                instrument={instrument}
                personName={personName}
                headingLevel="h5"
                onSaved={() => {
                  setOpenMeetingId(null);
                  setThanks(
                    `Your view of the meeting on ${formatDate(invitation.occurredAt.slice(0, 10))} is saved. It is in the table above.`,
                  );
                }}
              />
            ) : (
              <button
                type="button"
                className="button button--secondary"
                onClick={() => {
                  setThanks(null);
                  setOpenMeetingId(invitation.meetingId);
                }}
              >
                Give your view of the meeting on {formatDate(invitation.occurredAt.slice(0, 10))}
              </button>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}
