import type { ApiError } from '../../shared/api/common.responses';
import { ApiRequestError } from './api-request-error';
import { csrfToken } from './csrf-token';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

const API_BASE = '/api/v1';

/**
 * Calls the Tandem API and returns the parsed JSON body, or throws an ApiRequestError.
 *
 * @example const caseload = await apiRequest<CaseloadResponse>('GET', '/caseload');
 */
export function apiRequest<T>(
  method: Method,
  path: string,
  body?: unknown,
  options: { idempotencyKey?: string } = {},
): Promise<T> {
  const key = options.idempotencyKey;
  if (!key) return send<T>(method, path, body, options);
  // A second send of the same submission while the first is on its way (a double click) waits for
  // the first one's answer rather than asking the server again.
  const pending = inFlight.get(key);
  if (pending) return pending as Promise<T>;
  const request = send<T>(method, path, body, options).finally(() => inFlight.delete(key));
  inFlight.set(key, request);
  return request;
}

const inFlight = new Map<string, Promise<unknown>>();

let lastServerContact = Date.now();
/** When Tandem last answered this tab: the session's idle time is counted from a moment no later than this. */
export const lastServerContactAt = (): number => lastServerContact;

async function send<T>(method: Method, path: string, body: unknown, options: { idempotencyKey?: string }): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  // The server answers a repeated key with the first answer, so one submission makes one record.
  if (options.idempotencyKey) headers['idempotency-key'] = options.idempotencyKey;
  if (body !== undefined) headers['content-type'] = 'application/json';
  const token = csrfToken.get();
  if (method !== 'GET' && token) headers['x-csrf-token'] = token;

  let response: Response;
  try {
    response = await fetch(`${API_BASE}${path}`, {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiRequestError(0, 'network', 'Tandem could not be reached. Check your connection and try again.');
  }
  lastServerContact = Date.now();
  if (!response.ok) throw await toError(response);
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

async function toError(response: Response): Promise<ApiRequestError> {
  const fallback = fallbackMessage(response.status);
  try {
    const parsed = (await response.json()) as Partial<ApiError>;
    const error = parsed.error;
    if (error && typeof error.message === 'string') {
      return new ApiRequestError(response.status, error.code ?? 'error', error.message, error.details ?? {});
    }
  } catch {
    // Not JSON: a proxy or the server failed before it could answer properly.
  }
  return new ApiRequestError(response.status, 'error', fallback);
}

function fallbackMessage(status: number): string {
  if (status === 401) return 'Please sign in again.';
  if (status === 403) return 'You do not have access to this.';
  if (status === 404) return 'That could not be found.';
  if (status === 429) return 'Too many attempts. Please wait a few minutes and try again.';
  return 'Something went wrong on our side. Please try again in a moment.';
}
