import { Navigate, useLocation } from 'react-router';
import { hasStatus } from '../../../api-client/api-request-error';
import { ErrorMessage } from '../../../ui/error-message';
import { ForbiddenNotice } from '../../../ui/forbidden-notice';
import { LoadingMessage } from '../../../ui/loading-message';
import { ChoosePasswordPage } from '../../account/pages/choose-password-page';
import { useSession } from '../../session/api/use-session';
import { OfflineSafetyPlanPage } from './offline-safety-plan-page';
import { SafetyPlanPage } from './safety-plan-page';

/**
 * /my-safety-plan: the person's own plan. Unlike other pages it opens when Tandem cannot be
 * reached at all, from the copy kept on this device (ADR 0029); a signed-out visitor signs in.
 */
export function MySafetyPlanRoute() {
  const session = useSession();
  const location = useLocation();
  const isOffline = typeof navigator !== 'undefined' && navigator.onLine === false;
  if (session.isPending) return isOffline ? <OfflineSafetyPlanPage /> : <LoadingMessage what="your safety plan" />;
  if (session.isError)
    return hasStatus(session.error, 0) ? <OfflineSafetyPlanPage /> : <ErrorMessage error={session.error} />;
  if (!session.data) return <Navigate to="/sign-in" replace state={{ from: location.pathname }} />;
  if (session.data.mustChangePassword) return <ChoosePasswordPage />;
  const { me } = session.data;
  if (me.role !== 'service_user' || !me.personId) return <ForbiddenNotice />;
  return <SafetyPlanPage me={me} personId={me.personId} />;
}
