import { Link, NavLink, useNavigate } from 'react-router';
import { ACCOUNT_ROLE_LABELS } from '../../../../shared/api/labels';
import type { Me } from '../../../../shared/api/sessions.responses';
import { UnreadMessagesLink } from '../../messages/components/unread-messages-link';
import { useSignOut } from '../../session/api/use-sign-out';
import { homePath } from '../home-path';
import { navigationFor } from '../navigation-for';

/** Tandem's name, the pages this role uses, who is signed in, and "Sign out". */
export function SiteHeader({ me }: { me: Me | null }) {
  const signOut = useSignOut();
  const navigate = useNavigate();
  // Signed out, the public Recovery College prospectus is the one page to offer.
  const links = me ? navigationFor(me) : [{ to: '/college', label: 'Recovery College' }];
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <Link className="site-header__brand" to={me ? homePath(me.role) : '/sign-in'}>
          Tandem
        </Link>
        {links.length > 0 && (
          <nav className="site-nav" aria-label="Main">
            <ul className="site-nav__list">
              {links.map((link) => (
                <li key={link.to}>
                  <NavLink className="site-nav__link" to={link.to}>
                    {link.label}
                  </NavLink>
                </li>
              ))}
            </ul>
          </nav>
        )}
        {me && (
          <div className="site-header__account">
            <p className="site-header__who">
              <span className="visually-hidden">Signed in as </span>
              <span className="site-header__name">{me.displayName}</span>{' '}
              <span className="site-header__role">{ACCOUNT_ROLE_LABELS[me.role]}</span>
            </p>
            <UnreadMessagesLink me={me} />
            <Link to="/account">Your account</Link>
            <button
              type="button"
              className="button button--on-dark"
              disabled={signOut.isPending}
              onClick={() =>
                signOut.mutate(undefined, { onSettled: () => void navigate('/sign-in', { replace: true }) })
              }
            >
              Sign out
            </button>
          </div>
        )}
      </div>
    </header>
  );
}
