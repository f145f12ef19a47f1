import { useQuery } from '@tanstack/react-query';
import '../safety-plan.css';
import { usePageTitle } from '../../../hooks/use-page-title';
import { readOfflineCopy } from '../../../offline/offline-copy';
import { LoadingMessage } from '../../../ui/loading-message';
import { formatDateTime } from '../../../ui/format/format-date';
import { NumbersToCall } from '../components/numbers-to-call';
import { SafetyPlanSectionsView } from '../components/safety-plan-sections-view';

/**
 * The person's safety plan when Tandem cannot be reached: the copy their plan page kept on this
 * device, to read and to call from. Nothing can be changed until the network is back.
 */
export function OfflineSafetyPlanPage() {
  usePageTitle('My safety plan');
  const copy = useQuery({ queryKey: ['offline-safety-plan'], queryFn: readOfflineCopy, retry: false });
  if (copy.isPending) return <LoadingMessage what="your safety plan" />;
  return (
    <div className="narrow">
      <h1>My safety plan</h1>
      <p className="notice notice--warning" role="status">
        You are offline: Tandem cannot be reached.{' '}
        {copy.data
          ? `This is the copy of your safety plan kept on this device, saved ${formatDateTime(copy.data.savedAt)}.`
          : 'No copy of your safety plan is kept on this device. Open your plan once while online to keep one here.'}
      </p>
      {copy.data && (
        <>
          <NumbersToCall sections={copy.data.sections} />
          <SafetyPlanSectionsView sections={copy.data.sections} emptyText="You have not written anything here yet." />
        </>
      )}
    </div>
  );
}
