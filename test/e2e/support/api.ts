import { baseUrl, DEMO_PASSWORD } from './browser';

/** A signed-in API client for setting up a journey (not for the steps the journey checks). */
export async function apiAs(username: string, password = DEMO_PASSWORD) {
  const signIn = await fetch(`${baseUrl()}/api/v1/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (!signIn.ok) throw new Error(`${username} could not sign in: ${signIn.status}`);
  const cookie = signIn.headers.get('set-cookie')!.split(';')[0]!;
  const { csrfToken } = (await signIn.json()) as { csrfToken: string };
  const call = async <T>(method: string, path: string, body?: unknown, api = '/api/v1'): Promise<T> => {
    const type = api === '/fhir/R4' ? 'application/fhir+json' : 'application/json';
    const response = await fetch(`${baseUrl()}${api}${path}`, {
      method,
      headers: { cookie, 'x-csrf-token': csrfToken, ...(body ? { 'content-type': type } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
    return (response.status === 204 ? undefined : await response.json()) as T;
  };
  return {
    get: <T>(path: string) => call<T>('GET', path),
    post: <T>(path: string, body: unknown) => call<T>('POST', path, body),
    put: <T>(path: string, body: unknown) => call<T>('PUT', path, body),
    /** A FHIR create, such as an administrator importing a Questionnaire. */
    fhirPost: <T>(path: string, body: unknown) => call<T>('POST', path, body, '/fhir/R4'),
    delete: <T>(path: string) => call<T>('DELETE', path),
  };
}

/** The password of accounts a journey makes for itself with `newAccount`. */
export const NEW_ACCOUNT_PASSWORD = 'a kettle on the windowsill';

/**
 * An account of a journey's own, made by the demo administrator, so the journey changes nothing of
 * the demo accounts other journeys use; returns its username.
 */
export async function newAccount(prefix: string, role: string, linkedId: string | null): Promise<string> {
  const username = `${prefix}-${Date.now().toString(36)}`;
  const admin = await apiAs('demo-admin');
  await admin.post('/admin/accounts', { username, password: NEW_ACCOUNT_PASSWORD, role, linkedId });
  return username;
}
