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

/**
 * The server's message for a refused form, with each field named as this form labels it: the
 * form passes its own labels by field ("body.text" → "About me"), and a problem with one of
 * those fields is said as "About me: at most 6,000 characters."; others keep the server's words.
 *
 * @example messageInFormWords(error, { 'body.text': sectionTitle })
 */
export function messageInFormWords(error: unknown, labels: Readonly<Record<string, string>>): string | null {
  if (!isApiRequestError(error)) return null;
  const { fields } = error.details as { fields?: unknown };
  if (!Array.isArray(fields) || fields.length === 0) return error.message;
  const sentences = (fields as unknown[]).map((entry) => {
    const problem = entry as { field?: unknown; reason?: unknown; message?: unknown };
    const label = typeof problem.field === 'string' ? labels[problem.field] : undefined;
    if (label && typeof problem.reason === 'string') return `${label}: ${lowerFirst(problem.reason)}`;
    return typeof problem.message === 'string' ? problem.message : error.message;
  });
  return [...new Set(sentences)].join(' ');
}

const lowerFirst = (text: string): string =>
  /^[A-Z][a-z]/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
