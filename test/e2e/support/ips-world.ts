import type { OrganisationResponse } from '../../../src/shared/api/organisation.responses';
import { apiAs } from './api';
import type { MeResponseShape } from './types';

/**
 * A person in the demo manager's team who referred themselves to IPS, and a specialist of that team
 * who took the referral, each with an account of their own (usernames made unique by the time), so
 * a journey changes nothing other journeys rely on.
 */
export async function personWithSpecialist(names: {
  person: string;
  specialist: string;
  usernamePrefix: { person: string; specialist: string };
  password: string;
}) {
  const admin = await apiAs('demo-admin');
  const { me: manager } = await (await apiAs('demo-manager')).get<MeResponseShape>('/me');
  const organisation = await admin.get<OrganisationResponse>('/admin/organisation');
  const teamId = organisation.workers.find((w) => w.id === manager.workerId)!.teamId;
  const person = await admin.post<{ id: string }>('/admin/people', { name: names.person, teamId });
  const specialist = await admin.post<{ id: string }>('/admin/workers', {
    name: names.specialist,
    profession: 'IPS employment specialist',
    teamId,
  });
  const suffix = Date.now().toString(36);
  const accounts = {
    person: `${names.usernamePrefix.person}-${suffix}`,
    specialist: `${names.usernamePrefix.specialist}-${suffix}`,
  };
  await admin.post('/admin/accounts', {
    username: accounts.person,
    password: names.password,
    role: 'service_user',
    linkedId: person.id,
  });
  await admin.post('/admin/accounts', {
    username: accounts.specialist,
    password: names.password,
    role: 'worker',
    linkedId: specialist.id,
  });
  await (await apiAs(accounts.person, names.password)).post(`/people/${person.id}/ips/referrals`, {});
  await (await apiAs(accounts.specialist, names.password)).post(`/people/${person.id}/ips/referrals/take`, {});
  return { personId: person.id, accounts };
}
