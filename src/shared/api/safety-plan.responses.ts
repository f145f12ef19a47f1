/** The person's choice whether their care team must agree each version of their safety plan. */
export interface SafetyPlanAgreementResponse {
  teamMustAgree: boolean;
  chosenAt: string | null;
  chosenBy: string | null;
}
