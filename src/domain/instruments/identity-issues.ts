import type { InstrumentDefinition } from './instrument-definition';
import type { InstrumentIssue } from './instrument-error';

/**
 * Whether something written for an instrument (a response, a wording file) names this instrument
 * and this version of it: answers to another version may mean something else entirely.
 */
export function identityIssues(
  definition: Pick<InstrumentDefinition, 'id' | 'version'>,
  claimed: { readonly instrumentId: string; readonly version: string },
): InstrumentIssue[] {
  const issues: InstrumentIssue[] = [];
  if (claimed.instrumentId !== definition.id) {
    issues.push({
      path: 'instrumentId',
      code: 'wrong-instrument',
      message: `Expected "${definition.id}", got "${claimed.instrumentId}".`,
    });
  }
  if (claimed.version !== definition.version) {
    issues.push({
      path: 'version',
      code: 'wrong-version',
      message: `Expected version "${definition.version}", got "${claimed.version}".`,
    });
  }
  return issues;
}
