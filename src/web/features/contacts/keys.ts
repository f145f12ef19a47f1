/** Cache keys for a person's contacts, under the person's key (see person/keys.ts). */
export const contactKeys = {
  list: (personId: string) => ['people', personId, 'contacts'] as const,
};
