import type { SafetyPlanAgreementChoice } from '../../services/safety-plan/safety-plan-agreement';
import type { SafetyPlanAgreementResponse } from '../../shared/api/safety-plan.responses';

export function presentSafetyPlanAgreement(choice: SafetyPlanAgreementChoice): SafetyPlanAgreementResponse {
  return {
    teamMustAgree: choice.teamMustAgree,
    chosenAt: choice.chosenAt?.toISOString() ?? null,
    chosenBy: choice.chosenBy,
  };
}
