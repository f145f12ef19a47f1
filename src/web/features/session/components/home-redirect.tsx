import { Navigate } from 'react-router';
import { useSession } from '../api/use-session';
import { ErrorMessage } from '../../../ui/error-message';
import { homePath } from '../../navigation/home-path';
import { LoadingMessage } from '../../../ui/loading-message';
import { hasStatus } from '../../../api-client/api-request-error';
import { offlineCopyOwner } from '../../../offline/offline-copy';

/**
 * "/" sends each account to its role's home page, or to sign in. With no network, a person whose
 * safety plan is kept on this device goes straight to it.
 */
export function HomeRedirect() {
  const session = useSession();
  if (session.isPending) return <LoadingMessage what="your account" />;
  if (session.isError && hasStatus(session.error, 0) && offlineCopyOwner() !== null)
    return <Navigate to="/my-safety-plan" replace />;
  if (session.isError) return <ErrorMessage error={session.error} />;
  return <Navigate to={session.data ? homePath(session.data.me.role) : '/sign-in'} replace />;
}
