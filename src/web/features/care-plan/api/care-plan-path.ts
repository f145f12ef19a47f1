/** The API path of a person's care plan, or of another co-produced document of theirs (`safety-plan`). */
export const carePlanPath = (personId: string, document = 'care-plan'): string =>
  `/people/${encodeURIComponent(personId)}/${document}`;
