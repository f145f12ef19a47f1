import { fieldLabel } from '../shared/api/field-labels';

/** One problem with a request, as Fastify's zod validation reports it. */
export interface ValidationIssue {
  context: string;
  instancePath: string;
  keyword: string;
  message: string;
  params?: Record<string, unknown>;
}

export interface FieldProblem {
  /** Where in the request, for forms to put the message beside the field ("body.dateOfBirth"). */
  field: string;
  /** The field as the form labels it ("Date of birth"). */
  label: string;
  /** A sentence for people: "Date of birth: use a date in the form YYYY-MM-DD." */
  message: string;
  /** What is wrong, without the field's name ("Use a date in the form YYYY-MM-DD."), for a form to put after its own label. */
  reason: string;
}

/** The label a route's own request schema gives the field at a path, if it gives one. */
export type LabelOf = (path: readonly string[]) => string | undefined;

/**
 * A validation problem in words for people: the field named as the form labels it, and zod's
 * own wording ("Invalid input: expected string, received undefined") replaced by a sentence.
 * A bad id in the address is a broken link, and says so.
 */
export function describeIssue(issue: ValidationIssue, labelOf: LabelOf = () => undefined): FieldProblem {
  const path = issue.instancePath.split('/').filter(Boolean);
  const field = [issue.context, ...path].join('.');
  if (issue.context === 'params') {
    return {
      field,
      label: 'Address',
      message:
        'The address of this page is not right: the link may be broken or cut short. Go back and follow it again.',
      reason: 'The link may be broken or cut short.',
    };
  }
  // The route's schema knows which form sends it ("Your message"); the shared list is the fallback.
  const label = labelOf(path) ?? fieldLabel(path);
  const words = plainWords(issue);
  // "Name is required." already names the field by its code name; say it with the label instead.
  const reason = upperFirst(withoutFieldName(words, path));
  const namesField = words.toLowerCase().startsWith(label.toLowerCase());
  return { field, label, message: namesField ? words : `${label}: ${lowerFirst(reason)}`, reason };
}

/** All the problems, as sentences, one after another. */
export function describeIssues(
  issues: readonly ValidationIssue[],
  labelOf?: LabelOf,
): { message: string; fields: FieldProblem[] } {
  const fields = issues.map((issue) => describeIssue(issue, labelOf));
  const unique = [...new Set(fields.map((f) => f.message))];
  return { message: unique.join(' '), fields };
}

function plainWords(issue: ValidationIssue): string {
  const message = issue.message.trim();
  // zod's default wording starts "Invalid input", "Too big", "Too small", "Unrecognized key"; ours never does.
  if (!/^(Invalid|Too (big|small)|Unrecognized)/.test(message)) return ensureStop(message);
  const params = issue.params ?? {};
  switch (issue.keyword) {
    case 'invalid_type':
      return /received undefined/.test(message) ? 'this is missing.' : 'this is not the right kind of value.';
    case 'too_big':
      return typeof params.maximum === 'number' || typeof params.maximum === 'bigint'
        ? `at most ${Number(params.maximum).toLocaleString('en-GB')}${params.origin === 'string' ? ' characters' : params.origin === 'array' ? ' items' : ''}.`
        : 'this is too long or too large.';
    case 'too_small':
      return params.origin === 'string' && Number(params.minimum) === 1
        ? 'this is required.'
        : `at least ${Number(params.minimum).toLocaleString('en-GB')}${params.origin === 'string' ? ' characters' : params.origin === 'array' ? ' items' : ''}.`;
    case 'invalid_value':
      return 'choose one of the options offered.';
    case 'unrecognized_keys':
      return 'the form sent something Tandem does not expect. Reload the page and try again.';
    default:
      return 'this is not valid.';
  }
}

const ensureStop = (text: string): string => (/[.!?]$/.test(text) ? text : `${text}.`);
const lowerFirst = (text: string): string =>
  /^[A-Z][a-z]/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
const upperFirst = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** "Name is required." → "is required."… as "This is required.", so another label can go in front. */
function withoutFieldName(words: string, path: readonly string[]): string {
  const last = [...path].reverse().find((part) => !/^\d+$/.test(part));
  const generic = last === undefined ? undefined : fieldLabel([last]);
  for (const name of [generic, last].filter((n): n is string => Boolean(n))) {
    const match = new RegExp(`^${escapeRegExp(name)}\\s+(is|must|has|cannot|can)\\b`, 'i').exec(words);
    if (match) return `this ${words.slice(name.length).trim()}`;
  }
  return words;
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
