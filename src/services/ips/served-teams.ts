import type { Repositories } from '../ports';

/**
 * The teams whose people a worker's IPS team supports (ADR 0049): the worker's own team, where a
 * service places specialists inside a community team, and every community team a specialist of
 * their IPS team is attached to, so colleagues can cover for each other.
 */
export async function teamsServedBy(r: Repositories, worker: { teamId: string }): Promise<string[]> {
  const served = await r.ips.listServedTeamIds(worker.teamId);
  return [worker.teamId, ...served.filter((id) => id !== worker.teamId)];
}

/**
 * Whose records a team's IPS figures (fidelity and outcomes) count. A community team with its own
 * specialists: its people. An IPS team (ADR 0049): the people of the community teams its specialists
 * are attached to, wherever they are, as far as its own specialists took their referrals, since
 * another IPS team or the community team's own specialist may support them too.
 */
export async function ipsReach(r: Repositories, teamId: string) {
  const served = await r.ips.listServedTeamIds(teamId);
  if (served.length === 0) return { teamIds: [teamId], isOurs: () => true, isIpsTeam: false };
  const ours = new Set((await r.organisation.listWorkers({ teamId })).map((w) => w.id));
  return {
    teamIds: [teamId, ...served.filter((id) => id !== teamId)],
    isIpsTeam: true,
    isOurs: (referral: { specialistWorkerId: string | null }) =>
      referral.specialistWorkerId !== null && ours.has(referral.specialistWorkerId),
  };
}
