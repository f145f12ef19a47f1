import { Navigate } from 'react-router';
import { useSession } from '../api/use-session';
import { ErrorMessage } from '../../../ui/error-message';
import { homePath } from '../../navigation/home-path';
import { LoadingMessage } from '../../../ui/loading-message';

/** "/" sends each account to its role's home page, or to sign in. */
export function HomeRedirect() {
  const session = useSession();
  if (session.isPending) return <LoadingMessage what="your account" />;
  if (session.isError) return <ErrorMessage error={session.error} />;
  return <Navigate to={session.data ? homePath(session.data.me.role) : '/sign-in'} replace />;
}
