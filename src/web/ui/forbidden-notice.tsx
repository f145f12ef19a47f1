import { Link } from 'react-router';
import { usePageTitle } from '../hooks/use-page-title';

/** A plain "not allowed" page. */
export function ForbiddenNotice({ message }: { message?: string }) {
  usePageTitle('Not allowed');
  return (
    <>
      <h1>You do not have access to this page</h1>
      <p>{message ?? 'Your account cannot open this page.'}</p>
      <p>
        <Link to="/">Go to your home page</Link>
      </p>
    </>
  );
}
