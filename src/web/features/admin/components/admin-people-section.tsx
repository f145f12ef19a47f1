import { AppLink } from '../../navigation/components/app-link';
import { personPath } from '../../../app-pages';
import type { OrganisationResponse } from '../../../../shared/api/organisation.responses';
import { formatDate } from '../../../ui/format/format-date';
import { AdminCreateForm } from './admin-create-form';
import { AdminSection } from './admin-section';
import { formRequired, formText } from '../../../ui/fields/form-values';
import { SelectField } from '../../../ui/fields/select-field';
import { SimpleTable } from '../../../ui/simple-table';
import { TextField } from '../../../ui/fields/text-field';
import { ORGANISATION_LIMITS as L } from '../../../../shared/api/organisation.schema';

/** The people the service supports, linking to each care team, and a form to add someone. */
export function AdminPeopleSection({ organisation }: { organisation: OrganisationResponse }) {
  const teamName = (teamId: string) => organisation.teams.find((team) => team.id === teamId)?.name ?? '–';
  return (
    <AdminSection
      list={
        <>
          <p className="muted">Open someone’s page to change their care team.</p>
          <SimpleTable
            caption="People supported"
            rows={organisation.people}
            rowKey={(person) => person.id}
            columns={[
              {
                header: 'Name',
                cell: (person) => (
                  <AppLink to={personPath(person.id)} fallback={person.name}>
                    {person.name}
                  </AppLink>
                ),
              },
              { header: 'Known as', cell: (person) => person.preferredName ?? '–' },
              {
                header: 'Date of birth',
                cell: (person) => (person.dateOfBirth ? formatDate(person.dateOfBirth) : '–'),
              },
              { header: 'Team', cell: (person) => teamName(person.teamId) },
            ]}
            emptyText="There is nobody here yet."
            filter={{
              label: 'Find a person',
              text: (person) => `${person.name} ${person.preferredName ?? ''} ${teamName(person.teamId)}`,
            }}
          />
        </>
      }
      form={
        <AdminCreateForm
          collection="people"
          title="Add a person"
          submitLabel="Add person"
          successMessage="Person added. Open their page to build their care team."
          toBody={(form) => ({
            name: formRequired(form, 'name'),
            preferredName: formText(form, 'preferredName'),
            dateOfBirth: formText(form, 'dateOfBirth'),
            teamId: formRequired(form, 'teamId'),
          })}
        >
          <TextField label="Full name" name="name" required autoComplete="off" maxLength={L.maxName} />
          <TextField
            label="Name they like to be called"
            name="preferredName"
            isOptional
            autoComplete="off"
            maxLength={L.maxName}
          />
          <TextField label="Date of birth" name="dateOfBirth" type="date" isOptional className="field--short" />
          <SelectField
            label="Team"
            name="teamId"
            required
            placeholder="Choose a team"
            options={organisation.teams.map((team) => ({ value: team.id, label: team.name }))}
          />
        </AdminCreateForm>
      }
    />
  );
}
