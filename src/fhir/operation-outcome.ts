import type { OperationOutcome } from './r4-resources';

/** FHIR's issue types (https://hl7.org/fhir/R4/valueset-issue-type.html) for Tandem's error codes. */
export const ISSUE_TYPE_BY_CODE = {
  bad_request: 'invalid',
  unauthenticated: 'login',
  forbidden: 'forbidden',
  not_found: 'not-found',
  conflict: 'conflict',
  rate_limited: 'throttled',
  gone: 'deleted',
  not_supported: 'not-supported',
  internal: 'exception',
} as const;

/** An error as FHIR clients read it: one issue, with the message people read in the app. */
export function operationOutcome(code: keyof typeof ISSUE_TYPE_BY_CODE, message: string): OperationOutcome {
  return {
    resourceType: 'OperationOutcome',
    issue: [{ severity: 'error', code: ISSUE_TYPE_BY_CODE[code], diagnostics: message, details: { text: message } }],
  };
}

/** An error with one issue per problem, each at the FHIRPath expression it concerns (the first message leads). */
export function operationOutcomeWithIssues(
  code: keyof typeof ISSUE_TYPE_BY_CODE,
  issues: readonly { path: string; message: string }[],
): OperationOutcome {
  return {
    resourceType: 'OperationOutcome',
    issue: issues.map(({ path, message }) => ({
      severity: 'error',
      code: ISSUE_TYPE_BY_CODE[code],
      diagnostics: message,
      details: { text: message },
      expression: [path],
    })),
  };
}
