import type { OrganisationResponse } from '../../../../shared/api/organisation.responses';
import { formatDate } from '../../../ui/format/format-date';
import { AdminCreateForm } from './admin-create-form';
import { AdminSection } from './admin-section';
import { formRequired, formText } from '../../../ui/fields/form-values';
import { SelectField } from '../../../ui/fields/select-field';
import { SimpleTable } from '../../../ui/simple-table';
import { TextField } from '../../../ui/fields/text-field';
import { ORGANISATION_LIMITS as L } from '../../../../shared/api/organisation.schema';

/** Workers with their team, and a form to add one. */
export function AdminWorkersSection({ organisation }: { organisation: OrganisationResponse }) {
  const teamName = (teamId: string) => organisation.teams.find((team) => team.id === teamId)?.name ?? '–';
  return (
    <AdminSection
      list={
        <SimpleTable
          caption="Workers"
          rows={organisation.workers}
          rowKey={(worker) => worker.id}
          columns={[
            { header: 'Name', cell: (worker) => worker.name },
            { header: 'Profession', cell: (worker) => worker.profession },
            { header: 'Team', cell: (worker) => teamName(worker.teamId) },
            { header: 'Left', cell: (worker) => (worker.leftOn ? formatDate(worker.leftOn) : 'Still working') },
          ]}
          emptyText="There are no workers yet."
          filter={{
            label: 'Find a worker',
            text: (worker) => `${worker.name} ${worker.profession} ${teamName(worker.teamId)}`,
          }}
        />
      }
      form={
        <AdminCreateForm
          collection="workers"
          title="Add a worker"
          submitLabel="Add worker"
          successMessage="Worker added."
          toBody={(form) => ({
            name: formRequired(form, 'name'),
            profession: formRequired(form, 'profession'),
            teamId: formRequired(form, 'teamId'),
            email: formText(form, 'email'),
            phone: formText(form, 'phone'),
          })}
        >
          <TextField label="Full name" name="name" required autoComplete="off" maxLength={L.maxName} />
          <TextField
            label="Profession"
            name="profession"
            maxLength={L.maxName}
            required
            hint="For example: mental health nurse, social worker, peer worker."
            autoComplete="off"
          />
          <SelectField
            label="Team"
            name="teamId"
            required
            placeholder="Choose a team"
            options={organisation.teams.map((team) => ({ value: team.id, label: team.name }))}
          />
          <TextField label="Work email" name="email" type="email" isOptional autoComplete="off" />
          <TextField label="Work phone" name="phone" type="tel" isOptional autoComplete="off" maxLength={L.maxPhone} />
        </AdminCreateForm>
      }
    />
  );
}
