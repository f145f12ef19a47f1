import { DISCHARGE_REASON_LABELS } from '../../../../shared/api/labels';
import type { PersonDischargeDto } from '../../../../shared/api/people.responses';
import { formatDate } from '../../../ui/format/format-date';

/** Says plainly that the person has left the service and that the record is kept, read-only. */
export function DischargedNotice({ discharge, name }: { discharge: PersonDischargeDto; name: string | null }) {
  return (
    <div className="notice" role="status">
      <p className="notice__title">
        {name ? `${name} left the service` : 'You left the service'} on{' '}
        <time dateTime={discharge.dischargedOn}>{formatDate(discharge.dischargedOn)}</time>
      </p>
      <p>
        Reason: {DISCHARGE_REASON_LABELS[discharge.reason]}
        {discharge.note ? `: ${discharge.note}` : '.'} The record is kept and can be read, but nothing more can be added
        to it.
      </p>
    </div>
  );
}
