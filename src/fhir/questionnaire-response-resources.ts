import { AppError } from '../domain/errors/app-error';
import {
  INSTRUMENT_CATALOGUE,
  NON_SCORED_OPTIONS,
  scaleOfItem,
  type AnswerValue,
  type InstrumentDefinition,
  type ItemAnswer,
} from '../domain/instruments';
import { pairId, parsePairId } from './carer-resources';
import { questionnaireUrl } from './export-questionnaire';
import { answerValue, scoredResponseToQuestionnaireResponse } from './export-questionnaire-response';
import { TANDEM } from './instrument-extensions';
import type { QuestionnaireResponse, QuestionnaireResponseItem } from './r4-types';

/*
 * QuestionnaireResponse ids, the resource for a saved response and for answers in progress, and
 * answers read back from a QuestionnaireResponse another app sends (ADR 0046).
 */

/**
 * The id of an instrument's Questionnaire: the instrument id for the catalogue Tandem ships; for an
 * imported one, the id and version, since an import may add a version beside one already served.
 */
export function questionnaireResourceId(definition: Pick<InstrumentDefinition, 'id' | 'version'>): string {
  const shipped = INSTRUMENT_CATALOGUE.some((d) => d.id === definition.id && d.version === definition.version);
  return shipped
    ? definition.id
    : `${definition.id}-${definition.version}`.replace(/[^A-Za-z0-9.-]/g, '-').slice(0, 64);
}

/** A saved response: immutable once sent, so always version 1. */
export const responseResourceId = (personId: string, responseId: string) => `response-${pairId(personId, responseId)}`;
/** Answers in progress on one of the person's questionnaires; the version is the draft's revision. */
export const draftResourceId = (personId: string, invitationId: string) => `draft-${pairId(personId, invitationId)}`;

export type QuestionnaireResponseId =
  | { kind: 'response'; personId: string; responseId: string }
  | { kind: 'draft'; personId: string; invitationId: string };

export function parseQuestionnaireResponseId(id: string): QuestionnaireResponseId {
  const [prefix, rest] = [id.slice(0, id.indexOf('-') + 1), id.slice(id.indexOf('-') + 1)];
  const pair = prefix === 'response-' || prefix === 'draft-' ? parsePairId(rest) : null;
  if (!pair) throw new AppError('not_found', `There is no QuestionnaireResponse with the id ${id.slice(0, 64)}.`);
  return prefix === 'response-'
    ? { kind: 'response', personId: pair.personId, responseId: pair.otherId }
    : { kind: 'draft', personId: pair.personId, invitationId: pair.otherId };
}

/** A saved response with its scores, as version 1 of its resource. */
export function toQuestionnaireResponse(found: {
  personId: string;
  responseId: string;
  definition: InstrumentDefinition;
  response: { instrumentId: string; version: string; answers: readonly ItemAnswer[] };
  scored: Parameters<typeof scoredResponseToQuestionnaireResponse>[0]['scored'];
  completedAt: Date;
}): QuestionnaireResponse {
  const resource = scoredResponseToQuestionnaireResponse({
    definition: found.definition,
    response: { ...found.response, answers: [...found.response.answers] },
    scored: found.scored,
    authored: found.completedAt.toISOString(),
    subject: { reference: `Patient/${found.personId}` },
  });
  return {
    ...resource,
    id: responseResourceId(found.personId, found.responseId),
    meta: { versionId: '1', lastUpdated: found.completedAt.toISOString() },
  };
}

/** Answers in progress, at their revision; no scores until they are sent. */
export function draftToQuestionnaireResponse(draft: {
  personId: string;
  invitationId: string;
  definition: InstrumentDefinition;
  answers: readonly ItemAnswer[];
  revision: number;
  savedAt: Date;
}): QuestionnaireResponse {
  const { definition } = draft;
  const item = definition.items.flatMap((question): QuestionnaireResponseItem[] => {
    const answer = draft.answers.find((candidate) => candidate.itemId === question.id);
    if (!answer) return [];
    const text = question.text ?? question.label;
    return [{ linkId: question.id, text, answer: [answerValue(scaleOfItem(definition, question), answer.value)] }];
  });
  return {
    resourceType: 'QuestionnaireResponse',
    id: draftResourceId(draft.personId, draft.invitationId),
    meta: { versionId: String(draft.revision), lastUpdated: draft.savedAt.toISOString() },
    questionnaire: `${questionnaireUrl(definition)}|${definition.version}`,
    status: 'in-progress',
    subject: { reference: `Patient/${draft.personId}` },
    authored: draft.savedAt.toISOString(),
    ...(item.length > 0 ? { item } : {}),
  };
}

/** A problem with what was sent, at a FHIRPath expression naming the item. */
export interface AnswerIssue {
  expression: string;
  message: string;
}

export class QuestionnaireResponseInputError extends AppError {
  constructor(readonly issues: readonly AnswerIssue[]) {
    super('bad_request', issues.map((issue) => `${issue.expression}: ${issue.message}`).join('; '), {
      issues: issues.map(({ expression, message }) => ({ path: expression, message })),
    });
    this.name = 'QuestionnaireResponseInputError';
  }
}

/** What a client's QuestionnaireResponse asks: whose, which instrument, sent or in progress, and the answers. */
export interface AnswersFromFhir {
  personId: string;
  instrumentId: string;
  version?: string;
  send: boolean;
  answers: ItemAnswer[];
  /** The FHIRPath of the item each answer came from, to name it in an error. */
  itemPaths: string[];
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const STATUSES = ['in-progress', 'completed'] as const;

/**
 * Reads a QuestionnaireResponse a client sends. Items without an answer are left out, and items for
 * the instrument's scores (`scoreIds`) are ignored: Tandem works scores out itself. Every problem is
 * named by the item's FHIRPath; whether the answers fit the instrument is the use case's to check.
 */
export function readAnswersFromFhir(
  body: unknown,
  scoreIdsOf: (instrumentId: string) => readonly string[],
): AnswersFromFhir {
  const issues: AnswerIssue[] = [];
  const problem = (expression: string, message: string) => void issues.push({ expression, message });
  const resource = isObject(body) ? body : {};
  if (resource.resourceType !== 'QuestionnaireResponse') {
    problem('QuestionnaireResponse', 'Send a QuestionnaireResponse (resourceType "QuestionnaireResponse").');
    throw new QuestionnaireResponseInputError(issues);
  }
  const status = STATUSES.find((s) => s === resource.status);
  if (!status)
    problem(
      'QuestionnaireResponse.status',
      'Status must be "completed" to send the answers, or "in-progress" to keep them as a draft.',
    );
  const subject = isObject(resource.subject) ? resource.subject.reference : undefined;
  const personId = typeof subject === 'string' ? subject.replace(/^Patient\//, '') : '';
  if (!UUID.test(personId) || typeof subject !== 'string' || !subject.startsWith('Patient/')) {
    problem('QuestionnaireResponse.subject', 'Say whose answers these are: subject.reference "Patient/<id>".');
  }
  const canonical = typeof resource.questionnaire === 'string' ? resource.questionnaire : '';
  const [url = '', version] = canonical.split('|');
  const marker = url.lastIndexOf('Questionnaire/');
  const instrumentId = marker === -1 ? '' : url.slice(marker + 'Questionnaire/'.length);
  if (!/^[A-Za-z0-9.-]{1,64}$/.test(instrumentId)) {
    problem(
      'QuestionnaireResponse.questionnaire',
      'Name the questionnaire by its canonical URL, such as …/Questionnaire/qpr-15|1.0.0.',
    );
  }
  const scoreIds = new Set(instrumentId ? scoreIdsOf(instrumentId) : []);
  const items = resource.item === undefined ? [] : Array.isArray(resource.item) ? resource.item : null;
  if (items === null) problem('QuestionnaireResponse.item', 'Items must be a list.');
  const answers: ItemAnswer[] = [];
  const itemPaths: string[] = [];
  (items ?? []).forEach((item: unknown, index) => {
    const path = `QuestionnaireResponse.item[${index}]`;
    if (!isObject(item) || typeof item.linkId !== 'string' || item.linkId === '') {
      problem(path, 'Each item needs its linkId.');
      return;
    }
    if (isObject(item) && Array.isArray(item.item) && item.item.length > 0) {
      problem(path, `Item "${item.linkId.slice(0, 64)}": Tandem's questionnaires have no nested items.`);
      return;
    }
    if (scoreIds.has(item.linkId) || item.answer === undefined) return;
    if (!Array.isArray(item.answer) || item.answer.length !== 1) {
      problem(`${path}.answer`, `Item "${item.linkId.slice(0, 64)}": give one answer.`);
      return;
    }
    const value = answerFromFhir(item.answer[0]);
    if (value === undefined) {
      problem(
        `${path}.answer[0]`,
        `Item "${item.linkId.slice(0, 64)}": answer with valueCoding (a scale point or an option), valueInteger, valueDecimal or valueBoolean.`,
      );
      return;
    }
    answers.push({ itemId: item.linkId, value });
    itemPaths.push(path);
  });
  if (issues.length > 0) throw new QuestionnaireResponseInputError(issues);
  return {
    personId: personId.toLowerCase(),
    instrumentId,
    ...(version ? { version } : {}),
    send: status === 'completed',
    answers,
    itemPaths,
  };
}

function answerFromFhir(answer: unknown): AnswerValue | undefined {
  if (!isObject(answer)) return undefined;
  if (typeof answer.valueBoolean === 'boolean') return answer.valueBoolean;
  if (typeof answer.valueInteger === 'number' && Number.isInteger(answer.valueInteger)) return answer.valueInteger;
  if (typeof answer.valueDecimal === 'number' && Number.isFinite(answer.valueDecimal)) return answer.valueDecimal;
  const coding = answer.valueCoding;
  if (!isObject(coding) || typeof coding.code !== 'string') return undefined;
  if (coding.system === TANDEM.nonScoredSystem) {
    return NON_SCORED_OPTIONS.find((option) => option === coding.code);
  }
  if (coding.system === TANDEM.scalePointSystem && /^-?\d+(\.\d+)?$/.test(coding.code)) return Number(coding.code);
  return undefined;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
