import type { QuestionnairesView } from '../../services/questionnaires/get-questionnaires';
import type { QuestionnaireInvitationRecord } from '../../services/questionnaires/ports';
import type { QuestionnairesResponse } from '../../shared/api/questionnaires.responses';

export function presentQuestionnaires(view: QuestionnairesView): QuestionnairesResponse {
  return {
    personId: view.personId,
    isOwnRecord: view.isOwnRecord,
    available: view.available,
    schedules: view.schedules.map((s) => ({
      instrumentId: s.instrumentId,
      title: s.title,
      everyDays: s.everyDays,
      setAt: s.setAt.toISOString(),
    })),
    open: view.open.map((o) => ({
      ...o,
      draft: o.draft ? { answers: o.draft.answers, savedAt: o.draft.savedAt?.toISOString() ?? null } : null,
    })),
    trends: view.trends,
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
