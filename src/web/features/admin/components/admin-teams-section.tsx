import { useState } from 'react';
import type { OrganisationResponse } from '../../../../shared/api/organisation.responses';
import { AdminCreateForm } from './admin-create-form';
import { AdminEditForm } from './admin-edit-form';
import { CrisisContactsForm } from './crisis-contacts-form';
import { AdminSection } from './admin-section';
import { formRequired, formText } from '../../../ui/fields/form-values';
import { SelectField } from '../../../ui/fields/select-field';
import { SimpleTable } from '../../../ui/simple-table';
import { TextField } from '../../../ui/fields/text-field';
import { ORGANISATION_LIMITS as L } from '../../../../shared/api/organisation.schema';
import { SummaryRow } from '../../../ui/summary-row';

/** Teams, each at a site, and a form to add one. */
export function AdminTeamsSection({ organisation }: { organisation: OrganisationResponse }) {
  const [editingId, setEditingId] = useState<string | null>(null);
  const editing = organisation.teams.find((team) => team.id === editingId) ?? null;
  const siteName = (siteId: string) => organisation.sites.find((site) => site.id === siteId)?.name ?? '–';
  return (
    <AdminSection
      list={
        <SimpleTable
          caption="Teams"
          rows={organisation.teams}
          rowKey={(team) => team.id}
          columns={[
            { header: 'Name', cell: (team) => team.name },
            { header: 'Site', cell: (team) => siteName(team.siteId) },
            { header: 'Reviews every', cell: (team) => `${team.reviewCadenceMonths} months` },
            { header: 'Phone', cell: (team) => team.phone ?? '–' },
            { header: 'Hours', cell: (team) => team.serviceHours ?? '–' },
            {
              header: 'Change',
              cell: (team) => (
                <button type="button" className="button button--secondary" onClick={() => setEditingId(team.id)}>
                  Change phone and hours<span className="visually-hidden"> of {team.name}</span>
                </button>
              ),
            },
          ]}
          emptyText="There are no teams yet."
        />
      }
      form={
        <>
          {editing && (
            <AdminEditForm
              key={editing.id}
              path={`/admin/teams/${editing.id}/contact`}
              title={`How people reach ${editing.name}`}
              submitLabel="Save phone and hours"
              successMessage="The team’s phone and hours were saved. People and carers see them on their pages."
              onClose={() => setEditingId(null)}
              toBody={(form) => ({
                version: Number(form.get('version')),
                phone: formText(form, 'phone'),
                serviceHours: formText(form, 'serviceHours'),
              })}
              describeCurrent={(current) => <CurrentTeamContact current={current} />}
            >
              <input type="hidden" name="version" value={editing.version ?? 1} />
              <TextField
                label="Phone"
                name="phone"
                type="tel"
                isOptional
                defaultValue={editing.phone ?? ''}
                maxLength={L.maxPhone}
              />
              <TextField
                label="Hours the team answers"
                name="serviceHours"
                isOptional
                hint="For example: Monday to Friday, 9am to 5pm."
                defaultValue={editing.serviceHours ?? ''}
                maxLength={L.maxServiceHours}
              />
            </AdminEditForm>
          )}
          <CrisisContactsForm contacts={organisation.crisisContacts} version={organisation.crisisContactsVersion} />
          <AdminCreateForm
            collection="teams"
            title="Add a team"
            submitLabel="Add team"
            successMessage="Team added."
            toBody={(form) => {
              const cadence = formText(form, 'reviewCadenceMonths');
              return {
                name: formRequired(form, 'name'),
                siteId: formRequired(form, 'siteId'),
                reviewCadenceMonths: cadence ? Number(cadence) : undefined,
              };
            }}
          >
            <TextField label="Team name" name="name" required autoComplete="off" maxLength={L.maxName} />
            <SelectField
              label="Site"
              name="siteId"
              required
              placeholder="Choose a site"
              options={organisation.sites.map((site) => ({ value: site.id, label: site.name }))}
            />
            <TextField
              label="Reviews every (months)"
              name="reviewCadenceMonths"
              type="number"
              inputMode="numeric"
              min={1}
              max={36}
              isOptional
              className="field--short"
            />
          </AdminCreateForm>
        </>
      }
    />
  );
}

/** The phone number and hours someone else saved first, as a 409 gives them. */
function CurrentTeamContact({ current }: { current: unknown }) {
  const { phone, serviceHours } = (current ?? {}) as { phone?: string | null; serviceHours?: string | null };
  return (
    <dl className="summary-list">
      <SummaryRow term="Phone">{phone ?? 'None'}</SummaryRow>
      <SummaryRow term="Hours the team answers">{serviceHours ?? 'None'}</SummaryRow>
    </dl>
  );
}
