import { useState } from 'react';
import type { OrganisationResponse } from '../../../../shared/api/organisation.responses';
import { formatDate } from '../../../ui/format/format-date';
import { AdminCreateForm } from './admin-create-form';
import { AdminEditForm } from './admin-edit-form';
import { AdminSection } from './admin-section';
import { attachedTeamNames, IpsAttachmentsForm } from './ips-attachments-form';
import { formRequired, formText } from '../../../ui/fields/form-values';
import { SelectField } from '../../../ui/fields/select-field';
import { SimpleTable } from '../../../ui/simple-table';
import { TextField } from '../../../ui/fields/text-field';
import { ORGANISATION_LIMITS as L } from '../../../../shared/api/organisation.schema';

/** Workers with their team, and a form to add one. */
export function AdminWorkersSection({ organisation }: { organisation: OrganisationResponse }) {
  const [editingId, setEditingId] = useState<string | null>(null);
  const editing = organisation.workers.find((worker) => worker.id === editingId) ?? null;
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
            { header: 'Works inside (IPS)', cell: (worker) => attachedTeamNames(organisation, worker.id) ?? '–' },
            { header: 'Left', cell: (worker) => (worker.leftOn ? formatDate(worker.leftOn) : 'Still working') },
            {
              header: 'Change',
              cell: (worker) => (
                <button type="button" className="button button--secondary" onClick={() => setEditingId(worker.id)}>
                  Change<span className="visually-hidden"> {worker.name}</span>
                </button>
              ),
            },
          ]}
          emptyText="There are no workers yet."
          filter={{
            label: 'Find a worker',
            text: (worker) => `${worker.name} ${worker.profession} ${teamName(worker.teamId)}`,
          }}
        />
      }
      form={
        <>
          {editing && (
            <EditWorkerForm
              key={editing.id}
              worker={editing}
              organisation={organisation}
              onClose={() => setEditingId(null)}
            />
          )}
          {editing && <IpsAttachmentsForm key={`ips-${editing.id}`} worker={editing} organisation={organisation} />}
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
            <TextField
              label="Work phone"
              name="phone"
              type="tel"
              isOptional
              autoComplete="off"
              maxLength={L.maxPhone}
            />
          </AdminCreateForm>
        </>
      }
    />
  );
}

type Worker = OrganisationResponse['workers'][number];

/** Changes a worker's details, including the day they left; sent with the version it started from. */
function EditWorkerForm({
  worker,
  organisation,
  onClose,
}: {
  worker: Worker;
  organisation: OrganisationResponse;
  onClose: () => void;
}) {
  return (
    <AdminEditForm
      path={`/admin/workers/${worker.id}`}
      title={`Change ${worker.name}`}
      submitLabel="Save changes"
      successMessage="The worker’s details were saved."
      onClose={onClose}
      toBody={(form) => ({
        version: Number(form.get('version')),
        name: formRequired(form, 'name'),
        profession: formRequired(form, 'profession'),
        teamId: formRequired(form, 'teamId'),
        email: formText(form, 'email'),
        phone: formText(form, 'phone'),
        leftOn: formText(form, 'leftOn'),
      })}
    >
      <input type="hidden" name="version" value={worker.version ?? 1} />
      <TextField label="Full name" name="name" required defaultValue={worker.name} maxLength={L.maxName} />
      <TextField label="Profession" name="profession" required defaultValue={worker.profession} maxLength={L.maxName} />
      <SelectField
        label="Team"
        name="teamId"
        required
        defaultValue={worker.teamId}
        options={organisation.teams.map((team) => ({ value: team.id, label: team.name }))}
      />
      <TextField label="Work email" name="email" type="email" isOptional defaultValue={worker.email ?? ''} />
      <TextField
        label="Work phone"
        name="phone"
        type="tel"
        isOptional
        defaultValue={worker.phone ?? ''}
        maxLength={L.maxPhone}
      />
      <TextField
        label="Last working day"
        name="leftOn"
        type="date"
        isOptional
        hint="Only when they have left the service."
        defaultValue={worker.leftOn ?? ''}
        className="field--short"
      />
    </AdminEditForm>
  );
}
