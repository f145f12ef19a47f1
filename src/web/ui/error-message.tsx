import { isApiRequestError } from '../api-client/api-request-error';

/** The server's message for a failed request, read out as soon as it appears. */
export function ErrorMessage({ error, title = 'There is a problem' }: { error: unknown; title?: string }) {
  const message = isApiRequestError(error) ? error.message : 'Something went wrong. Please try again.';
  return (
    <div className="notice notice--error" role="alert" tabIndex={-1}>
      <p className="notice__title">{title}</p>
      <p>{message}</p>
    </div>
  );
}
