import type { OrganisationResponse } from '../../../../shared/api/organisation.responses';
import { AdminEditForm } from './admin-edit-form';

type Worker = OrganisationResponse['workers'][number];

/** The community teams a worker is attached to, as "Team A and Team B", or null when none. */
export function attachedTeamNames(organisation: OrganisationResponse, workerId: string): string | null {
  const names = organisation.ipsAttachments
    .filter((a) => a.workerId === workerId)
    .map((a) => organisation.teams.find((team) => team.id === a.teamId)?.name ?? '–');
  return names.length === 0 ? null : names.join(' and ');
}

/**
 * The community teams an employment specialist works inside (ADR 0049), ticked from every team but
 * their own. Sent with the worker's version, so a change someone else saved first is shown, not
 * overwritten, and the next save starts from it with what was ticked kept; the server says when a
 * team is one too many or not a community team.
 */
export function IpsAttachmentsForm({ worker, organisation }: { worker: Worker; organisation: OrganisationResponse }) {
  const attached = new Set(organisation.ipsAttachments.filter((a) => a.workerId === worker.id).map((a) => a.teamId));
  const teamName = (teamId: string) => organisation.teams.find((team) => team.id === teamId)?.name ?? '–';
  return (
    <AdminEditForm
      path={`/admin/workers/${worker.id}/ips-attachments`}
      title={`Community teams ${worker.name} works inside`}
      submitLabel="Save teams"
      successMessage="The teams were saved."
      toBody={(form, current) => ({
        // After a 409 the worker's version is the one it gave, even before the list is fetched again.
        version: Math.max(Number(form.get('version')), (current as { version?: number } | undefined)?.version ?? 0),
        teamIds: form.getAll('teamIds').map(String),
      })}
      labels={{ teamIds: 'Community teams' }}
      describeCurrent={(current) => {
        const teamIds = (current as { teamIds?: string[] }).teamIds ?? [];
        return <p>Works inside: {teamIds.length === 0 ? 'no community team' : teamIds.map(teamName).join(' and ')}.</p>;
      }}
    >
      <input type="hidden" name="version" value={worker.version ?? 1} />
      <fieldset className="fieldset">
        <legend className="fieldset__legend">Teams (for an IPS employment specialist)</legend>
        <p className="field__hint">
          Tick up to two community teams whose meetings they join and whose referrals their IPS team takes. Tick none
          for a worker who is not an employment specialist.
        </p>
        {organisation.teams
          .filter((team) => team.id !== worker.teamId)
          .map((team) => (
            <label className="checkbox" key={team.id}>
              <input type="checkbox" name="teamIds" value={team.id} defaultChecked={attached.has(team.id)} />{' '}
              {team.name}
            </label>
          ))}
      </fieldset>
    </AdminEditForm>
  );
}
