import type { Actor } from '../../domain/accounts/actor';
import { isoDate } from '../../domain/care-team/membership-period';
import { scaleOfItem, type InstrumentDefinition, type ItemAnswer } from '../../domain/instruments';
import { answerInWords } from '../../domain/questionnaires/answer-in-words';
import { headlineScore } from '../../domain/questionnaires/headline-score';
import { scoreTrendInWords } from '../../domain/questionnaires/score-trend-in-words';
import { SELF_REPORT_INSTRUMENT_IDS } from '../../domain/questionnaires/self-report-instruments';
import { requirePersonAccess } from '../access/require-person-access';
import { recordAudit } from '../audit/record-audit';
import { mapInTurn } from '../in-turn';
import type { InstrumentResponseRecord } from '../instruments/ports';
import type { Repositories, ServiceDeps } from '../ports';
import { listAnswerableInstruments } from './answerable-instrument';
import type { QuestionnaireScheduleRecord } from './ports';
import { definitionOf } from './save-questionnaire-draft';

export interface OpenQuestionnaire {
  id: string;
  definition: InstrumentDefinition;
  dueOn: string;
  isOverdue: boolean;
  origin: 'care_team' | 'self';
  revision: number;
  /** The person's unfinished answers: shown to the person only. */
  draft: { answers: ItemAnswer[]; savedAt: Date | null } | null;
}

export interface QuestionnaireTrend {
  instrumentId: string;
  title: string;
  scoreLabel: string;
  max: number;
  points: { responseId: string; completedOn: string; value: number }[];
  inWords: string;
}

/** Answers to an instrument that has no score (an imported one may have none): kept and shown as answered. */
export interface AnsweredWithoutScore {
  instrumentId: string;
  title: string;
  responses: {
    responseId: string;
    completedOn: string;
    answers: { itemId: string; question: string; answer: string }[];
  }[];
}

export interface QuestionnairesView {
  personId: string;
  isOwnRecord: boolean;
  /** Questionnaires that are turned on, which the person may fill in when they choose. */
  available: { instrumentId: string; title: string }[];
  schedules: (QuestionnaireScheduleRecord & { title: string })[];
  open: OpenQuestionnaire[];
  trends: QuestionnaireTrend[];
  /** Sent answers to instruments without a score, newest first. */
  answeredWithoutScore: AnsweredWithoutScore[];
}

/**
 * A person's questionnaires: what is waiting for them (with their draft, for them alone), what the
 * care team asks for and how often, and each score over time in plain words. Read by the person
 * and whoever may read their meetings; every read is audited.
 */
export async function getQuestionnaires(
  deps: ServiceDeps,
  input: { personId: string },
  actor: Actor,
): Promise<QuestionnairesView> {
  return deps.uow.run(async (repositories) => {
    const now = deps.now();
    const { person, basis } = await requirePersonAccess(repositories, actor, input.personId, 'read_meetings', now);
    const isOwnRecord = basis === 'self';
    const available = await listAnswerableInstruments(repositories);
    const titleOf = (id: string) => available.find((d) => d.id === id)?.title ?? id;
    const invitations = await repositories.questionnaires.listOpenInvitations(person.id);
    const open = await mapInTurn(invitations, async (invitation): Promise<OpenQuestionnaire> => ({
      id: invitation.id,
      definition: await definitionOf(repositories, invitation),
      dueOn: invitation.dueOn,
      isOverdue: invitation.dueOn < isoDate(now),
      origin: invitation.origin,
      revision: invitation.revision,
      draft: isOwnRecord ? { answers: invitation.draftAnswers, savedAt: invitation.draftSavedAt } : null,
    }));
    const imported = (await repositories.instruments.listImported()).map((record) => record.definition.id);
    const responses = await repositories.questionnaires.listOutcomeResponses(person.id, [
      ...new Set([...SELF_REPORT_INSTRUMENT_IDS, ...imported]),
    ]);
    const trends = await mapInTurn(
      [...new Set(responses.map((r) => r.instrumentId))],
      async (instrumentId): Promise<QuestionnaireTrend | null> => {
        const mine = responses.filter((r) => r.instrumentId === instrumentId);
        const last = mine.at(-1);
        const definition = last ? await definitionOf(repositories, last) : null;
        const headline = definition ? headlineScore(definition) : null;
        if (!definition || !headline) return null;
        const points = mine.flatMap((r) => {
          const value = r.scores.find((s) => s.scoreId === headline.score.id)?.value;
          return typeof value === 'number' ? [{ responseId: r.id, completedOn: isoDate(r.completedAt), value }] : [];
        });
        return {
          instrumentId,
          title: definition.title,
          scoreLabel: headline.score.label,
          max: headline.max,
          points,
          inWords: scoreTrendInWords(points, headline),
        };
      },
    );
    const schedules = (await repositories.questionnaires.listSchedules(person.id)).map((s) => ({
      ...s,
      title: titleOf(s.instrumentId),
    }));
    await recordAudit(repositories, actor, now, { action: 'questionnaire.read', personId: person.id, basis });
    return {
      personId: person.id,
      isOwnRecord,
      available: available.map((d) => ({ instrumentId: d.id, title: d.title })),
      schedules,
      open,
      trends: trends.filter((t): t is QuestionnaireTrend => t !== null),
      answeredWithoutScore: await answeredWithoutScore(repositories, responses),
    };
  });
}

/** Responses whose instrument version has no score, grouped by instrument, each answer in words. */
async function answeredWithoutScore(
  repositories: Repositories,
  responses: InstrumentResponseRecord[],
): Promise<AnsweredWithoutScore[]> {
  const groups = new Map<string, AnsweredWithoutScore>();
  // Each version is read once, however many times the person answered it.
  const definitions = new Map<string, Promise<InstrumentDefinition>>();
  for (const response of [...responses].reverse()) {
    const key = `${response.instrumentId}|${response.version}`;
    if (!definitions.has(key)) definitions.set(key, definitionOf(repositories, response));
    const definition = await definitions.get(key)!;
    if (definition.scores.length > 0) continue;
    const group = groups.get(response.instrumentId) ?? {
      instrumentId: response.instrumentId,
      title: definition.title,
      responses: [],
    };
    group.responses.push({
      responseId: response.id,
      completedOn: isoDate(response.completedAt),
      answers: definition.items.flatMap((item) => {
        const given = response.answers.find((answer) => answer.itemId === item.id);
        return given
          ? [
              {
                itemId: item.id,
                question: item.text ?? item.label,
                answer: answerInWords(scaleOfItem(definition, item), given.value),
              },
            ]
          : [];
      }),
    });
    groups.set(response.instrumentId, group);
  }
  return [...groups.values()];
}
