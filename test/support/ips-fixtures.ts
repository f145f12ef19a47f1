import type { FastifyInstance } from 'fastify';
import { createFactories } from './factories';
import { signInAs, type SignedInClient } from './http-client';
import type { TestDatabase } from './test-database';

type Factories = ReturnType<typeof createFactories>;

/** A new team manager of the team, signed in over HTTP. */
export async function signInTeamManager(app: FastifyInstance, f: Factories, teamId: string): Promise<SignedInClient> {
  const manager = await f.account('team_manager', { workerId: (await f.worker({ teamId })).id });
  return signInAs(app, manager.username);
}

/**
 * A care team whose person asked for IPS and whose employment specialist, Kim Okafor, took them on,
 * all through the API; with Kim and the team's manager signed in.
 */
export async function ipsPersonTakenOn(t: TestDatabase, app: FastifyInstance) {
  const f = createFactories(t);
  const world = await f.careTeamWorld();
  const specialist = await f.worker({ teamId: world.team.id, name: 'Kim Okafor' });
  const kim = await signInAs(app, (await f.account('worker', { workerId: specialist.id })).username);
  const manager = await signInTeamManager(app, f, world.team.id);
  const me = await signInAs(app, world.personActor.username);
  await me.request({ method: 'POST', url: `/api/v1/people/${world.person.id}/ips/referrals`, payload: {} });
  await kim.request({ method: 'POST', url: `/api/v1/people/${world.person.id}/ips/referrals/take` });
  return { world, kim, manager };
}
