/** Cache keys for a person's safety plan and its share links (under the person's key, see person/keys.ts). */
export const safetyPlanKeys = {
  plan: (personId: string) => ['people', personId, 'safety-plan', 'current'] as const,
  shareLinks: (personId: string) => ['people', personId, 'share-links'] as const,
  shared: (token: string) => ['shared', token] as const,
};
