import { useId, useState } from 'react';
import { Link, NavLink, useLocation, useNavigate } from 'react-router';
import { ACCOUNT_ROLE_LABELS } from '../../../../shared/api/labels';
import type { Me } from '../../../../shared/api/sessions.responses';
import { UnreadMessagesLink } from '../../messages/components/unread-messages-link';
import { useSignOut } from '../../session/api/use-sign-out';
import { homePath } from '../home-path';
import { navigationFor } from '../navigation-for';

/**
 * Tandem's name, the pages this role uses, who is signed in, and "Sign out". On a phone, a role with
 * more than two pages gets them behind a "Menu" button, so the header is not a third of the screen.
 */
export function SiteHeader({ me }: { me: Me | null }) {
  const signOut = useSignOut();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const listId = useId();
  // The menu is open on the page where it was opened: following one of its links closes it.
  const [openOn, setOpenOn] = useState<string | null>(null);
  const isMenuOpen = openOn === pathname;
  // Signed out, the public Recovery College prospectus is the one page to offer.
  const links = me ? navigationFor(me) : [{ to: '/college', label: 'Recovery College' }];
  const isCollapsible = links.length > 2;
  const closeOnEscape = (event: React.KeyboardEvent) => {
    if (event.key !== 'Escape' || !isMenuOpen) return;
    setOpenOn(null);
    document.getElementById(`${listId}-toggle`)?.focus();
  };
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <Link className="site-header__brand" to={me ? homePath(me.role) : '/sign-in'}>
          Tandem
        </Link>
        {isCollapsible && (
          // Outside the list it opens, so it stays beside Tandem's name while the list opens below.
          <button
            type="button"
            id={`${listId}-toggle`}
            className="button button--on-dark site-nav__toggle"
            aria-expanded={isMenuOpen}
            aria-controls={listId}
            onClick={() => setOpenOn(isMenuOpen ? null : pathname)}
            onKeyDown={closeOnEscape}
          >
            Menu
          </button>
        )}
        {links.length > 0 && (
          <nav
            className={
              isCollapsible ? `site-nav site-nav--collapsible${isMenuOpen ? ' site-nav--open' : ''}` : 'site-nav'
            }
            aria-label="Main"
            onKeyDown={closeOnEscape}
          >
            <ul id={listId} className="site-nav__list">
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
