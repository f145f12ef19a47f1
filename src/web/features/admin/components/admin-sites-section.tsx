import type { OrganisationResponse } from '../../../../shared/api/organisation.responses';
import { AdminCreateForm } from './admin-create-form';
import { AdminSection } from './admin-section';
import { formRequired } from '../../../ui/fields/form-values';
import { SimpleTable } from '../../../ui/simple-table';
import { TextField } from '../../../ui/fields/text-field';
import { ORGANISATION_LIMITS as L } from '../../../../shared/api/organisation.schema';

/** Sites, and a form to add one. */
export function AdminSitesSection({ organisation }: { organisation: OrganisationResponse }) {
  const teamCount = (siteId: string) => organisation.teams.filter((team) => team.siteId === siteId).length;
  return (
    <AdminSection
      list={
        <SimpleTable
          caption="Sites"
          rows={organisation.sites}
          rowKey={(site) => site.id}
          columns={[
            { header: 'Name', cell: (site) => site.name },
            { header: 'Teams', cell: (site) => teamCount(site.id) },
          ]}
          emptyText="There are no sites yet. Add the first one."
        />
      }
      form={
        <AdminCreateForm
          collection="sites"
          title="Add a site"
          submitLabel="Add site"
          successMessage="Site added."
          toBody={(form) => ({ name: formRequired(form, 'name') })}
        >
          <TextField label="Site name" name="name" required autoComplete="off" maxLength={L.maxName} />
        </AdminCreateForm>
      }
    />
  );
}
