/** Cache keys for who opened a person's record, under the person's key (see person/keys.ts). */
export const accessLogKeys = {
  list: (personId: string) => ['people', personId, 'access-log'] as const,
};
