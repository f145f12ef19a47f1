import { z } from 'zod';

// What only the safety plan has beyond the co-produced document's API (at /people/:id/safety-plan).

export const safetyPlanAgreementBody = z.object({
  teamMustAgree: z.boolean({ error: 'Say yes or no: must your care team agree each version?' }),
});
export type SafetyPlanAgreementBody = z.infer<typeof safetyPlanAgreementBody>;
