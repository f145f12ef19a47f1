import type { QuestionnairesView } from '../../services/questionnaires/get-questionnaires';
import type { QuestionnaireInvitationRecord, QuestionnaireScheduleRecord } from '../../services/questionnaires/ports';
import type { QuestionnaireScheduleDto, QuestionnairesResponse } from '../../shared/api/questionnaires.responses';

export function presentQuestionnaires(view: QuestionnairesView): QuestionnairesResponse {
  return {
    personId: view.personId,
    isOwnRecord: view.isOwnRecord,
    available: view.available,
    schedules: view.schedules.map((s) => ({ ...presentQuestionnaireSchedule(s), title: s.title })),
    open: view.open.map((o) => ({
      ...o,
      draft: o.draft ? { answers: o.draft.answers, savedAt: o.draft.savedAt?.toISOString() ?? null } : null,
    })),
    trends: view.trends,
    answeredWithoutScore: view.answeredWithoutScore,
  };
}

/** A schedule as set or stopped (the list adds each questionnaire's title). */
export function presentQuestionnaireSchedule(
  schedule: QuestionnaireScheduleRecord,
): Omit<QuestionnaireScheduleDto, 'title'> {
  return {
    instrumentId: schedule.instrumentId,
    everyDays: schedule.everyDays,
    setAt: schedule.setAt.toISOString(),
    stoppedAt: schedule.stoppedAt?.toISOString() ?? null,
  };
}

/** A questionnaire the person has just opened: its id and revision, for the form to save against. */
export function presentStartedQuestionnaire(invitation: QuestionnaireInvitationRecord) {
  return {
    id: invitation.id,
    instrumentId: invitation.instrumentId,
    dueOn: invitation.dueOn,
    revision: invitation.revision,
  };
}
