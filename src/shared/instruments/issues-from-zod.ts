import type { z } from 'zod';
import type { InstrumentIssue, InstrumentIssueCode } from '../../domain/instruments';

/** Zod issues as instrument issues: the domain's own code where a refinement set one, else invalid-shape. */
export function issuesFromZod(error: z.ZodError): InstrumentIssue[] {
  return error.issues.map((issue) => {
    const domainCode =
      issue.code === 'custom' ? (issue.params?.['instrumentIssue'] as InstrumentIssueCode | undefined) : undefined;
    return {
      path: issue.path.map(String).join('.') || '(root)',
      code: domainCode ?? 'invalid-shape',
      message: issue.message,
    };
  });
}
