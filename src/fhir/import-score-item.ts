import type { InstrumentIssue, MissingRule, ScoreDefinition, ScoreSource, Threshold } from '../domain/instruments';
import { findExtension, TANDEM } from './instrument-extensions';
import type { ParsedQuestionnaireItem } from './questionnaire.schema';
import { ExtensionReader } from './read-extension';

/**
 * A score definition from a read-only Questionnaire item carrying Tandem's score rule. The
 * calculatedExpression is not read back: it is derived from the rule on every export.
 */
export function readScoreItem(item: ParsedQuestionnaireItem, issues: InstrumentIssue[]): ScoreDefinition | undefined {
  const path = `Questionnaire.item.${item.linkId}`;
  const rule = new ExtensionReader(
    issues,
    `${path}.score-rule`,
    findExtension(item.extension, TANDEM.scoreRule)?.extension,
  );
  if (item.text === undefined)
    issues.push({ path, code: 'invalid-shape', message: 'A score item needs its label as text.' });
  const method = rule.oneOf('method', ['sum', 'mean']);
  const source = readSource(rule);
  const missing = readMissingRule(rule);
  const thresholds = rule.nested('threshold').flatMap(readThreshold);
  if (item.text === undefined || !method || !source || !missing) return undefined;
  return { id: item.linkId, label: item.text, method, source, missing, thresholds };
}

function readSource(rule: ExtensionReader): ScoreSource | undefined {
  const subscaleId = rule.optional('source-subscale', 'valueId');
  const itemIds = rule.all('source-item', 'valueString');
  if ((subscaleId === undefined) === (itemIds.length === 0)) {
    rule.problem(
      'invalid-score',
      'A score rule needs either one source-subscale or source-items, not both or neither.',
    );
    return undefined;
  }
  return subscaleId === undefined ? { kind: 'items', itemIds } : { kind: 'subscale', subscaleId };
}

function readMissingRule(rule: ExtensionReader): MissingRule | undefined {
  const kind = rule.oneOf('missing', ['none-allowed', 'max-count', 'max-percent']);
  if (kind === undefined) return undefined;
  if (kind === 'none-allowed') return { kind };
  const limit = rule.required('missing-limit', 'valueDecimal');
  if (limit === undefined) return undefined;
  return kind === 'max-count' ? { kind, count: limit } : { kind, percent: limit };
}

function readThreshold(reader: ExtensionReader): Threshold[] {
  const comparator = reader.oneOf('comparator', ['<', '<=', '>', '>=']);
  const value = reader.required('value', 'valueDecimal');
  const label = reader.required('label', 'valueString');
  return comparator === undefined || value === undefined || label === undefined ? [] : [{ comparator, value, label }];
}
