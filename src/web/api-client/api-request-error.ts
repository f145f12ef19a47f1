/** A failed API call, carrying the server's code and its message (which is written for the user). */
export class ApiRequestError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'ApiRequestError';
  }
}

export const isApiRequestError = (error: unknown): error is ApiRequestError => error instanceof ApiRequestError;

/** True when the error is an API error with this status. */
export const hasStatus = (error: unknown, status: number): boolean =>
  isApiRequestError(error) && error.status === status;

/** True when the server refused a session cookie that used to sign in: it ended (idle, expired), not never was. */
export const isSessionEnded = (error: unknown): boolean =>
  hasStatus(error, 401) && (error as ApiRequestError).details.sessionEnded === true;
