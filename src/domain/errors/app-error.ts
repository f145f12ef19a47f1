/** Every failure a use case can report on purpose. Mapped to HTTP status in one place (http/error-handler.ts). */
export type AppErrorCode =
  | 'bad_request'
  | 'unauthenticated'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'rate_limited'
  /** Something that existed and has ended for good: a revoked or expired share link. */
  | 'gone';

/**
 * The one application error type. The message is shown to the user, so it says what was wrong
 * in plain words; `details` carries field-level problems for forms.
 *
 * @example throw new AppError('not_found', 'No person with that id.');
 */
export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const isAppError = (error: unknown): error is AppError => error instanceof AppError;
