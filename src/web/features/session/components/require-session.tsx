import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import type { AccountRole } from '../../../../shared/api/labels';
import type { Me } from '../../../../shared/api/sessions.responses';
import { useSession } from '../api/use-session';
import { ChoosePasswordPage } from '../../account/pages/choose-password-page';
import { SetUpSecondFactorPage } from '../../second-factor/pages/set-up-second-factor-page';
import { ErrorMessage } from '../../../ui/error-message';
import { ForbiddenNotice } from '../../../ui/forbidden-notice';
import { LoadingMessage } from '../../../ui/loading-message';

interface RequireSessionProps {
  /** Roles that may open the page; any signed-in role when left out. */
  roles?: readonly AccountRole[];
  children: (me: Me) => ReactNode;
}

/** Shows the page to a signed-in account with a fitting role; sends anyone else to sign in. */
export function RequireSession({ roles, children }: RequireSessionProps) {
  const session = useSession();
  const location = useLocation();
  if (session.isPending) return <LoadingMessage what="your account" />;
  if (session.isError) return <ErrorMessage error={session.error} />;
  if (!session.data) return <Navigate to="/sign-in" replace state={{ from: location.pathname }} />;
  const { me } = session.data;
  if (session.data.mustChangePassword) return <ChoosePasswordPage />;
  if (session.data.mustEnrolSecondFactor) return <SetUpSecondFactorPage />;
  if (roles && !roles.includes(me.role)) return <ForbiddenNotice />;
  return <>{children(me)}</>;
}
