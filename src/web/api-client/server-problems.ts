import { isApiRequestError } from './api-request-error';

/** Every problem a 400 lists, from details.fields or details.issues. */
export function serverProblems(error: unknown): string[] {
  if (!isApiRequestError(error)) return [];
  // Each problem is { field, message }, or a plain message.
  const { fields, issues } = error.details as { fields?: unknown; issues?: unknown };
  const problems: string[] = [];
  if (Array.isArray(fields) || Array.isArray(issues)) {
    for (const issue of [
      ...(Array.isArray(fields) ? fields : []),
      ...(Array.isArray(issues) ? issues : []),
    ] as unknown[]) {
      if (typeof issue === 'string') problems.push(issue);
      else if (issue && typeof issue === 'object' && typeof (issue as { message?: unknown }).message === 'string') {
        problems.push((issue as { message: string }).message);
      }
    }
  }
  return problems;
}
