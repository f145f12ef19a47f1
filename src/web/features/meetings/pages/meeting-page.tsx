import { useState } from 'react';
import { useParams } from 'react-router';
import { AppLink } from '../../navigation/components/app-link';
import type { MeetingDto } from '../../../../shared/api/meetings.responses';
import { findInstrument, useInstruments } from '../../feedback/api/use-instruments';
import { useMeetingOpening } from '../api/use-meeting-opening';
import { usePerson } from '../../person/api/use-person';
import { ErrorMessage } from '../../../ui/error-message';
import { LoadingMessage } from '../../../ui/loading-message';
import { MeetingForm } from '../components/meeting-form';
import { PersonFeedbackForm } from '../../feedback/components/person-feedback-form';
import { usePageTitle } from '../../../hooks/use-page-title';
import { WorkerFeedbackForm } from '../../feedback/components/worker-feedback-form';
import { useUnsavedWarning } from '../../../hooks/use-unsaved-warning';

/** A shared meeting on one device; after saving, the person is offered the feedback questions on the same device. */
export function MeetingPage() {
  const { personId = '' } = useParams();
  const person = usePerson(personId);
  const opening = useMeetingOpening(personId);
  const instruments = useInstruments();
  const [saved, setSaved] = useState<MeetingDto | null>(null);
  const [isFeedbackDone, setFeedbackDone] = useState(false);
  const [isDirty, setDirty] = useState(false);
  useUnsavedWarning(
    isDirty && !saved,
    'Leave the meeting? It is not saved yet. What you entered stays on this device, and the meeting opens where you left it when you come back.',
  );
  const name = person.data ? (person.data.person.preferredName ?? person.data.person.name) : 'the person';
  usePageTitle(`Meeting with ${name}`);

  const ratingsInstrument = findInstrument(instruments.data, opening.data?.ratingsInstrument);
  const feedbackInstrument = findInstrument(instruments.data, opening.data?.feedbackInstruments.person);
  const workerFeedbackInstrument = findInstrument(instruments.data, opening.data?.feedbackInstruments.worker);
  const error = opening.error ?? instruments.error ?? person.error;

  return (
    <>
      <p>
        <AppLink to={`/people/${personId}`}>Back to {name}’s record</AppLink>
      </p>
      <h1>Meeting with {name}</h1>
      {(opening.isPending || instruments.isPending) && !error && <LoadingMessage what="the meeting" />}
      {error && <ErrorMessage error={error} title="The meeting could not be opened" />}
      {!saved && opening.data && ratingsInstrument && (
        <MeetingForm
          personId={personId}
          opening={opening.data}
          ratingsInstrument={ratingsInstrument}
          onSaved={setSaved}
          onDirtyChange={setDirty}
        />
      )}
      {saved && (
        <section aria-labelledby="meeting-saved-heading" className="section">
          <h2 id="meeting-saved-heading">Meeting saved</h2>
          <p>
            The meeting is in {name}’s contact history, with{' '}
            {saved.actions.length === 1 ? '1 action' : `${saved.actions.length} actions`} for next time.
          </p>
          {!isFeedbackDone && feedbackInstrument && (
            <>
              <p className="lead">
                Please pass the device to {name}: a few quick questions about how the meeting went for them.
              </p>
              {/* Aggregate until the person chooses otherwise: answers that cannot be traced to one meeting are more honest. */}
              <PersonFeedbackForm
                personId={personId}
                meetingId={saved.id}
                instrument={feedbackInstrument}
                defaultVisibility="aggregate"
                headingLevel="h3"
                onDone={() => setFeedbackDone(true)}
              />
            </>
          )}
          {isFeedbackDone && workerFeedbackInstrument && (
            // The device is back with the worker: their own view, kept beside the person's.
            <WorkerFeedbackForm
              personId={personId}
              meetingId={saved.id}
              instrument={workerFeedbackInstrument}
              personName={name}
              headingLevel="h3"
              focusOnOpen
            />
          )}
          <p>
            <AppLink className="button button--secondary" to={`/people/${personId}`}>
              {isFeedbackDone ? 'Back to the record' : 'Not now: back to the record'}
            </AppLink>
          </p>
        </section>
      )}
    </>
  );
}
