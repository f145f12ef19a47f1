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
