import { useState } from 'react';
import { CARER_SHARE_SCOPES } from '../../../../shared/api/labels';
import type { OrganisationResponse } from '../../../../shared/api/organisation.responses';
import { capitalise } from '../../../ui/format/capitalise';
import { carerShareScopeLabel } from '../../carers/carer-share-scope-label';
import { AdminCreateForm } from './admin-create-form';
import { AdminEditForm } from './admin-edit-form';
import { AdminSection } from './admin-section';
import { formRequired, formText } from '../../../ui/fields/form-values';
import { SelectField } from '../../../ui/fields/select-field';
import { SimpleTable } from '../../../ui/simple-table';
import { TextField } from '../../../ui/fields/text-field';
import { ORGANISATION_LIMITS as L } from '../../../../shared/api/organisation.schema';
import { SummaryRow } from '../../../ui/summary-row';

/** Carers, and a form to add one for a person, with what that person agreed to share. */
export function AdminCarersSection({ organisation }: { organisation: OrganisationResponse }) {
  const [editingId, setEditingId] = useState<string | null>(null);
  const editing = organisation.carers.find((carer) => carer.id === editingId) ?? null;
  const personName = (personId: string) =>
    organisation.people.find((person) => person.id === personId)?.name ?? 'A person no longer listed';
  return (
    <AdminSection
      list={
        <SimpleTable
          caption="Carers"
          rows={organisation.carers}
          rowKey={(carer) => carer.id}
          columns={[
            { header: 'Name', cell: (carer) => carer.name },
            { header: 'Phone', cell: (carer) => carer.phone ?? '–' },
            {
              header: 'Cares for',
              cell: (carer) =>
                carer.relationships
                  .map((link) => `${personName(link.personId)} (${link.relationship.toLowerCase()})`)
                  .join(', ') || '–',
            },
            {
              header: 'Change',
              cell: (carer) => (
                <button type="button" className="button button--secondary" onClick={() => setEditingId(carer.id)}>
                  Change<span className="visually-hidden"> {carer.name}</span>
                </button>
              ),
            },
          ]}
          emptyText="There are no carers yet."
          filter={{ label: 'Find a carer', text: (carer) => carer.name }}
        />
      }
      form={
        <>
          {editing && (
            <AdminEditForm
              key={editing.id}
              path={`/admin/carers/${editing.id}`}
              title={`Change ${editing.name}`}
              submitLabel="Save changes"
              successMessage="The carer’s details were saved."
              onClose={() => setEditingId(null)}
              toBody={(form) => ({
                version: Number(form.get('version')),
                name: formRequired(form, 'name'),
                phone: formText(form, 'phone'),
                relationships: editing.relationships.map((link) => ({
                  personId: link.personId,
                  relationship: formRequired(form, `relationship-${link.personId}`),
                })),
              })}
              describeCurrent={(current) => <CurrentCarer current={current} personName={personName} />}
              labels={Object.fromEntries(
                editing.relationships.map((link, index) => [
                  `body.relationships.${index}.relationship`,
                  `Relationship to ${personName(link.personId)}`,
                ]),
              )}
            >
              <input type="hidden" name="version" value={editing.version ?? 1} />
              <TextField label="Full name" name="name" required defaultValue={editing.name} maxLength={L.maxName} />
              <TextField
                label="Phone"
                name="phone"
                type="tel"
                isOptional
                defaultValue={editing.phone ?? ''}
                maxLength={L.maxPhone}
              />
              {editing.relationships.map((link) => (
                <TextField
                  key={link.personId}
                  label={`Relationship to ${personName(link.personId)}`}
                  name={`relationship-${link.personId}`}
                  required
                  hint="For example: mother, partner, friend. What they share is the person’s choice, changed on the person’s page."
                  defaultValue={link.relationship}
                  maxLength={L.maxName}
                />
              ))}
            </AdminEditForm>
          )}
          <AdminCreateForm
            collection="carers"
            title="Add a carer"
            submitLabel="Add carer"
            successMessage="Carer added."
            toBody={(form) => ({
              name: formRequired(form, 'name'),
              phone: formText(form, 'phone'),
              personId: formRequired(form, 'personId'),
              relationship: formRequired(form, 'relationship'),
              sharedScopes: CARER_SHARE_SCOPES.filter((scope) => form.getAll('sharedScopes').includes(scope)),
              onBehalfReason: formText(form, 'onBehalfReason'),
            })}
          >
            <TextField label="Full name" name="name" required autoComplete="off" maxLength={L.maxName} />
            <TextField label="Phone" name="phone" type="tel" isOptional autoComplete="off" maxLength={L.maxPhone} />
            <SelectField
              label="Cares for"
              name="personId"
              required
              placeholder="Choose a person"
              options={organisation.people.map((person) => ({ value: person.id, label: person.name }))}
            />
            <TextField
              label="Relationship"
              name="relationship"
              maxLength={L.maxName}
              required
              hint="For example: mother, partner, friend."
              autoComplete="off"
            />
            <fieldset className="fieldset">
              <legend className="fieldset__legend">What the person agreed to share</legend>
              <p className="field__hint">
                Only tick what the person has said yes to. They can change it later on their own page; this is kept as
                their consent, recorded by you.
              </p>
              {CARER_SHARE_SCOPES.map((scope) => (
                <label className="checkbox" key={scope}>
                  <input type="checkbox" name="sharedScopes" value={scope} /> {capitalise(carerShareScopeLabel(scope))}
                </label>
              ))}
            </fieldset>
            <TextField
              label="How the person told you"
              name="onBehalfReason"
              isOptional
              hint="For example: at their review on 3 March. The person reads this."
              autoComplete="off"
              maxLength={500}
            />
          </AdminCreateForm>
        </>
      }
    />
  );
}

/** The carer's details as someone else saved them first, from a 409. */
function CurrentCarer({ current, personName }: { current: unknown; personName: (personId: string) => string }) {
  const {
    name,
    phone,
    relationships = [],
  } = (current ?? {}) as {
    name?: string;
    phone?: string | null;
    relationships?: { personId: string; relationship: string }[];
  };
  return (
    <dl className="summary-list">
      <SummaryRow term="Full name">{name}</SummaryRow>
      <SummaryRow term="Phone">{phone ?? 'None'}</SummaryRow>
      {relationships.map((link) => (
        <SummaryRow key={link.personId} term={<>Relationship to {personName(link.personId)}</>}>
          {link.relationship}
        </SummaryRow>
      ))}
    </dl>
  );
}
