/** The care-plan API path for a person. */
export const carePlanPath = (personId: string): string => `/people/${encodeURIComponent(personId)}/care-plan`;
