import { formatDate } from '../../../ui/format/format-date';
import { usePersonHandovers } from '../api/use-handovers';

/** Tells the person, at the top of their page, that their care coordinator is changing. */
export function PlannedHandoverNotice({ personId }: { personId: string }) {
  const planned = usePersonHandovers(personId).data?.handovers.find((h) => h.status === 'planned');
  if (!planned) return null;
  return (
    <div className="notice notice--info" role="note">
      <p>
        <strong>Your care coordinator is changing.</strong> {planned.toWorkerName} will be your care coordinator from{' '}
        {formatDate(planned.handoverOn)}.{' '}
        <a href="#handovers-heading">Read the plan and add what you want them to know</a>.
      </p>
    </div>
  );
}
