import { useEffect, useRef, useState } from 'react';
import { findInstrument, useInstruments } from '../api/use-instruments';
import { useRelationshipFeedback } from '../api/use-relationship-feedback';
import { formatDate } from '../../../ui/format/format-date';
import { ErrorMessage } from '../../../ui/error-message';
import { FeedbackPreferenceForm } from './feedback-preference-form';
import { LoadingMessage } from '../../../ui/loading-message';
import { PersonFeedbackForm } from './person-feedback-form';

const PERSON_FORM = { id: 'tandem-meeting-feedback-person', version: '1.0.0' };

/** The person's own invitations to say how recent meetings went, and their choice of who sees the answers. */
export function FeedbackInvitations({ personId }: { personId: string }) {
  const feedback = useRelationshipFeedback(personId);
  const instruments = useInstruments();
  const [openMeetingId, setOpenMeetingId] = useState<string | null>(null);
  const [thanks, setThanks] = useState<string | null>(null);
  const thanksRef = useRef<HTMLParagraphElement>(null);
  const instrument =
    findInstrument(instruments.data, PERSON_FORM) ?? instruments.data?.instruments.find((i) => i.id === PERSON_FORM.id);

  // The form appears below the button; moving focus to it saves a long swipe on a phone.
  useEffect(() => {
    if (openMeetingId) document.getElementById(`feedback-heading-${openMeetingId}`)?.focus();
  }, [openMeetingId]);
  useEffect(() => {
    if (thanks) thanksRef.current?.focus();
  }, [thanks]);

  return (
    <section aria-labelledby="my-feedback-heading" className="section">
      <h2 id="my-feedback-heading">How your meetings went</h2>
      <p className="muted">
        You can tell us how each meeting went for you. It takes a minute, and you choose who sees your answers.
      </p>
      {feedback.isPending && <LoadingMessage what="your meetings" />}
      {feedback.isError && <ErrorMessage error={feedback.error} />}
      {thanks && (
        <p className="notice notice--success" ref={thanksRef} tabIndex={-1}>
          {thanks}
        </p>
      )}
      {feedback.data && (
        <>
          {feedback.data.invitations.length === 0 ? (
            <p>There are no meetings waiting for your feedback.</p>
          ) : (
            <ul className="card-list">
              {feedback.data.invitations.map((invitation) => (
                <li key={invitation.meetingId} className="card">
                  <p>
                    Meeting with {invitation.workerName} on {formatDate(invitation.occurredAt.slice(0, 10))}
                  </p>
                  {openMeetingId === invitation.meetingId && instrument ? (
                    <PersonFeedbackForm
                      personId={personId}
                      meetingId={invitation.meetingId}
                      instrument={instrument}
                      defaultVisibility={feedback.data.preference?.visibility ?? 'aggregate'}
                      headingLevel="h3"
                      onSaved={(visibility) => {
                        setOpenMeetingId(null);
                        setThanks(
                          `Thank you. Your feedback on the meeting with ${invitation.workerName} is saved. ${
                            visibility === 'individual'
                              ? 'They can see your answers.'
                              : 'They will see it only in an average of several answers.'
                          }`,
                        );
                      }}
                    />
                  ) : (
                    <button
                      type="button"
                      className="button"
                      onClick={() => {
                        setThanks(null);
                        setOpenMeetingId(invitation.meetingId);
                      }}
                    >
                      Give feedback on the meeting with {invitation.workerName}
                    </button>
                  )}
                </li>
              ))}
            </ul>
          )}
          <h3>Who sees my answers</h3>
          <FeedbackPreferenceForm personId={personId} current={feedback.data.preference?.visibility ?? 'aggregate'} />
        </>
      )}
    </section>
  );
}
