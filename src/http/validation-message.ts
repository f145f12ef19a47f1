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
}

/**
 * A validation problem in words for people: the field named as the form labels it, and zod's
 * own wording ("Invalid input: expected string, received undefined") replaced by a sentence.
 * A bad id in the address is a broken link, and says so.
 */
export function describeIssue(issue: ValidationIssue): FieldProblem {
  const path = issue.instancePath.split('/').filter(Boolean);
  const field = [issue.context, ...path].join('.');
  if (issue.context === 'params') {
    return {
      field,
      label: 'Address',
      message:
        'The address of this page is not right: the link may be broken or cut short. Go back and follow it again.',
    };
  }
  const label = fieldLabel(path);
  const words = plainWords(issue);
  // "Name is required." already names the field; only other messages get the label in front.
  const namesField = words.toLowerCase().startsWith(label.toLowerCase());
  return { field, label, message: namesField ? words : `${label}: ${lowerFirst(words)}` };
}

/** All the problems, as sentences, one after another. */
export function describeIssues(issues: readonly ValidationIssue[]): { message: string; fields: FieldProblem[] } {
  const fields = issues.map(describeIssue);
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
