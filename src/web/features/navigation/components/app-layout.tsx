import { useEffect, useRef } from 'react';
import { Outlet, useLocation } from 'react-router';
import { useSession } from '../../session/api/use-session';
import { SiteHeader } from './site-header';

/** Every page: a skip link, the header, and the main area, which takes focus after navigation. */
export function AppLayout() {
  const session = useSession();
  const location = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  const isFirstRender = useRef(true);

  useEffect(() => {
    if (isFirstRender.current) {
      isFirstRender.current = false;
      return;
    }
    // Tell keyboard and screen-reader users that the page changed, as a full page load would.
    const heading = mainRef.current?.querySelector<HTMLElement>('h1');
    if (heading) {
      heading.tabIndex = -1;
      heading.focus();
    } else {
      mainRef.current?.focus();
    }
  }, [location.pathname]);

  return (
    <>
      <a className="skip-link" href="#main">
        Skip to main content
      </a>
      <SiteHeader me={session.data?.me ?? null} />
      <main id="main" className="page" ref={mainRef} tabIndex={-1}>
        <Outlet />
      </main>
      <footer className="site-footer">
        <p>Tandem: care coordination built around the helping relationship.</p>
      </footer>
    </>
  );
}
