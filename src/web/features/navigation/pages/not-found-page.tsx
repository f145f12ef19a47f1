import { Link } from 'react-router';
import { usePageTitle } from '../../../hooks/use-page-title';

/** Any address the app does not know, and records that do not exist. */
export function NotFoundPage({ what = 'page' }: { what?: string }) {
  usePageTitle('Not found');
  return (
    <>
      <h1>{what === 'page' ? 'Page not found' : `We could not find that ${what}`}</h1>
      <p>If you typed the address, check it is correct. If you followed a link, it may be out of date.</p>
      <p>
        <Link to="/">Go to your home page</Link>
      </p>
    </>
  );
}
