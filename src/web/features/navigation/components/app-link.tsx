import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { canOpen, type PersonLinkAccess } from '../../../app-pages';
import { useSession } from '../../session/api/use-session';

interface AppLinkProps {
  to: string;
  /** What the page knows of the account's access to the person the address is about. */
  access?: PersonLinkAccess;
  className?: string;
  children: ReactNode;
  /** Shown instead when the account cannot open the address (a name in a table stays a name); nothing when left out. */
  fallback?: ReactNode;
}

/** A link that appears only when the signed-in account can open where it leads. */
export function AppLink({ to, access, className, children, fallback = null }: AppLinkProps) {
  const me = useSession().data?.me;
  if (!me || !canOpen(me, to, access)) return <>{fallback}</>;
  return (
    <Link to={to} className={className}>
      {children}
    </Link>
  );
}
