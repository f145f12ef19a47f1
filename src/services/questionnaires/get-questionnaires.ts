import type { Actor } from '../../domain/accounts/actor';
import { isoDate } from '../../domain/care-team/membership-period';
import type { InstrumentDefinition, ItemAnswer } from '../../domain/instruments';
import { headlineScore } from '../../domain/questionnaires/headline-score';
import { scoreTrendInWords } from '../../domain/questionnaires/score-trend-in-words';
import { SELF_REPORT_INSTRUMENT_IDS } from '../../domain/questionnaires/self-report-instruments';
import { requirePersonAccess } from '../access/require-person-access';
import { recordAudit } from '../audit/record-audit';
import { mapInTurn } from '../in-turn';
import type { ServiceDeps } from '../ports';
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

export interface QuestionnairesView {
  personId: string;
  isOwnRecord: boolean;
  /** Questionnaires that are turned on, which the person may fill in when they choose. */
  available: { instrumentId: string; title: string }[];
  schedules: (QuestionnaireScheduleRecord & { title: string })[];
  open: OpenQuestionnaire[];
  trends: QuestionnaireTrend[];
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
    const responses = await repositories.questionnaires.listOutcomeResponses(person.id, SELF_REPORT_INSTRUMENT_IDS);
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
    };
  });
}
