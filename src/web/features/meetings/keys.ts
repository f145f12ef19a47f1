/** Cache keys for meetings, under the person's key (see person/keys.ts) so a save refreshes the record too. */
export const meetingKeys = {
  opening: (personId: string) => ['people', personId, 'meetings', 'opening'] as const,
  ratings: (personId: string) => ['people', personId, 'meetings', 'ratings'] as const,
};
