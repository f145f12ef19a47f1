import { CONTACT_KIND_LABELS, CONTACT_MODE_LABELS } from '../../../../shared/api/labels';
import type { ContactDto } from '../../../../shared/api/contacts.responses';
import { formatDateTime } from '../../../ui/format/format-date';
import { formatMinutes } from '../../../ui/format/format-minutes';

/** One contact: when, who, how and how long; going beyond routine is shown as the good thing it is. */
export function ContactItem({ contact, showAdminTime }: { contact: ContactDto; showAdminTime: boolean }) {
  const who = contact.workers.map((worker) => worker.name).join(', ');
  return (
    <article className={`contact ${contact.beyondRoutine ? 'contact--beyond' : ''}`}>
      <h3 className="contact__title">
        {CONTACT_KIND_LABELS[contact.kind]}: {CONTACT_MODE_LABELS[contact.mode]}
      </h3>
      <dl className="contact__facts">
        <div>
          <dt>When</dt>
          <dd>
            <time dateTime={contact.occurredAt}>{formatDateTime(contact.occurredAt)}</time>
          </dd>
        </div>
        <div>
          <dt>Who</dt>
          <dd>{who || <span className="muted">Not recorded</span>}</dd>
        </div>
        <div>
          <dt>How long</dt>
          <dd>{formatMinutes(contact.durationMinutes)}</dd>
        </div>
        {showAdminTime && contact.adminMinutes > 0 && (
          <div>
            <dt>Admin time</dt>
            <dd>{formatMinutes(contact.adminMinutes)}</dd>
          </div>
        )}
      </dl>
      {contact.beyondRoutine && (
        <div className="beyond-routine">
          <p className="beyond-routine__title">
            <span aria-hidden="true">★ </span>Went beyond routine
          </p>
          {contact.beyondRoutineNote && <p className="pre-wrap">{contact.beyondRoutineNote}</p>}
        </div>
      )}
      {contact.note && <p className="contact__note pre-wrap">{contact.note}</p>}
    </article>
  );
}
