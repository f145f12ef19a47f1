/** Whether the person wants their care team to agree each version of their safety plan. */
export interface SafetyPlanPreferenceRecord {
  personId: string;
  teamMustAgree: boolean;
  updatedAt: Date;
  updatedByName: string;
}

export interface SafetyPlanRepository {
  findPreference(personId: string): Promise<SafetyPlanPreferenceRecord | null>;
  setPreference(preference: SafetyPlanPreferenceRecord): Promise<void>;
}
