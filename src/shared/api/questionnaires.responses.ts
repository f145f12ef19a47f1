import type { InstrumentDefinition, ItemAnswer } from '../../domain/instruments';

// What the questionnaires endpoints return. Instants are ISO 8601 strings, days YYYY-MM-DD.

export interface OpenQuestionnaireDto {
  id: string;
  definition: InstrumentDefinition;
  dueOn: string;
  isOverdue: boolean;
  /** 'care_team': the care team asked for it; 'self': the person chose to fill it in. */
  origin: 'care_team' | 'self';
  /** Send it back with a draft or the answers; 409 when another device saved in between. */
  revision: number;
  /** The person's unfinished answers; null for anyone else. */
  draft: { answers: ItemAnswer[]; savedAt: string | null } | null;
}

export interface QuestionnaireTrendDto {
  instrumentId: string;
  title: string;
  scoreLabel: string;
  max: number;
  points: { responseId: string; completedOn: string; value: number }[];
  inWords: string;
}

export interface QuestionnaireScheduleDto {
  instrumentId: string;
  title: string;
  everyDays: number;
  setAt: string;
  /** When the care team stopped asking; null while it runs. */
  stoppedAt: string | null;
}

export interface QuestionnairesResponse {
  personId: string;
  isOwnRecord: boolean;
  available: { instrumentId: string; title: string }[];
  schedules: QuestionnaireScheduleDto[];
  open: OpenQuestionnaireDto[];
  trends: QuestionnaireTrendDto[];
  /** Sent answers to questionnaires that have no score, newest first, each answer in words. */
  answeredWithoutScore: {
    instrumentId: string;
    title: string;
    responses: {
      responseId: string;
      completedOn: string;
      answers: { itemId: string; question: string; answer: string }[];
    }[];
  }[];
}

export interface QuestionnaireDraftSavedResponse {
  revision: number;
  savedAt: string;
}

export interface QuestionnaireSentResponse {
  responseId: string;
  completedAt: string;
}
