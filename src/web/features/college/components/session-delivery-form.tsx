import { useState, type FormEvent } from 'react';
import type { DeliveryTrainerDto } from '../../../../shared/api/college-admin.responses';
import { TRAINER_EXPERIENCE_LABELS } from '../../../../shared/api/college.responses';
import { useFormResult } from '../../../hooks/use-form-result';
import { ErrorMessage } from '../../../ui/error-message';
import { LoadingMessage } from '../../../ui/loading-message';
import { useRecordDelivery } from '../api/college-admin-mutations';
import { useSessionDelivery } from '../api/college-admin-queries';

const describe = (t: DeliveryTrainerDto) => `${t.firstName} (${TRAINER_EXPERIENCE_LABELS[t.experience].toLowerCase()})`;

/**
 * Who actually delivered the session, marked on the register: the planned trainers come first and are
 * ticked until it is saved; anyone who stood in can be ticked from the rest of the college's trainers.
 */
export function SessionDeliveryForm({ sessionId }: { sessionId: string }) {
  const delivery = useSessionDelivery(sessionId);
  const record = useRecordDelivery(sessionId);
  const result = useFormResult();
  const [showOthers, setShowOthers] = useState(false);
  if (delivery.isPending) return <LoadingMessage what="who delivers the session" />;
  if (delivery.isError) return <ErrorMessage error={delivery.error} />;
  const { planned, others, delivered } = delivery.data;
  const isMarked = delivered.length > 0;
  const ticked = new Set((isMarked ? delivered : planned).map((t) => t.trainerId));
  const standIns = others.filter((t) => ticked.has(t.trainerId) || showOthers);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const trainerIds = form.getAll('delivered').filter((id): id is string => typeof id === 'string');
    record.mutate(trainerIds, {
      onSuccess: (saved) => {
        const both =
          saved.delivered.some((t) => t.experience === 'peer') &&
          saved.delivered.some((t) => t.experience === 'practitioner');
        result.succeeded(
          saved.delivered.length === 0
            ? 'Saved: no one is marked as having delivered it.'
            : `Saved: delivered by ${saved.delivered.map(describe).join(' and ')}${both ? ', together.' : '.'}`,
        );
      },
    });
  };

  return (
    <form className="form card" onSubmit={onSubmit} key={delivered.map((t) => t.trainerId).join()}>
      <fieldset className="fieldset">
        <legend className="fieldset__legend">Who delivered it?</legend>
        {!isMarked && <p className="muted">Not marked yet: the planned trainers are ticked.</p>}
        {[...planned, ...standIns].map((trainer) => (
          <label key={trainer.trainerId} className="checkbox register-line">
            <input
              type="checkbox"
              name="delivered"
              value={trainer.trainerId}
              defaultChecked={ticked.has(trainer.trainerId)}
            />{' '}
            {describe(trainer)}
          </label>
        ))}
        {!showOthers && others.length > standIns.length && (
          <button type="button" className="button button--secondary" onClick={() => setShowOthers(true)}>
            Someone else stood in
          </button>
        )}
      </fieldset>
      <button type="submit" className="button" disabled={record.isPending}>
        {record.isPending ? 'Saving…' : 'Save who delivered it'}
      </button>
      {record.isError && <ErrorMessage error={record.error} title="Who delivered it was not saved" />}
      {result.success && (
        <p className="notice notice--success" ref={result.feedbackRef} tabIndex={-1}>
          {result.success}
        </p>
      )}
    </form>
  );
}
