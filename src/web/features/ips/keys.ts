/** Cache keys for IPS: a person's record sits under the person's key (see person/keys.ts). */
export const ipsKeys = {
  record: (personId: string) => ['people', personId, 'ips'] as const,
  caseload: ['ips', 'caseload'] as const,
  employers: ['ips', 'employers'] as const,
  outcomes: ['ips', 'outcomes'] as const,
  fidelity: (teamId: string) => ['ips', 'fidelity', teamId] as const,
};
