import { isApiRequestError } from '../api-client/api-request-error';
import { messageInFormWords } from '../api-client/server-problems';

/**
 * The server's message for a failed request, read out as soon as it appears. A form whose labels
 * differ from the API's names passes them as `labels` (field → label, e.g. `{ 'body.text': 'About me' }`)
 * so every problem names a field the person can find on the page.
 */
export function ErrorMessage({
  error,
  title = 'There is a problem',
  labels,
}: {
  error: unknown;
  title?: string;
  labels?: Readonly<Record<string, string>>;
}) {
  const message = !isApiRequestError(error)
    ? 'Something went wrong. Please try again.'
    : labels
      ? (messageInFormWords(error, labels) ?? error.message)
      : error.message;
  return (
    <div className="notice notice--error" role="alert" tabIndex={-1}>
      <p className="notice__title">{title}</p>
      <p>{message}</p>
    </div>
  );
}
