import type { OrganisationResponse } from '../../../../shared/api/organisation.responses';
import { ORGANISATION_LIMITS as L } from '../../../../shared/api/organisation.schema';
import { formText } from '../../../ui/fields/form-values';
import { TextField } from '../../../ui/fields/text-field';
import { AdminEditForm } from './admin-edit-form';

/** The most crisis contacts the service lists (the API's limit). */
const MAX_CONTACTS = 10;

/** The service's crisis contacts, shown to every person and carer: change them, add one, or clear a row to remove it. */
export function CrisisContactsForm({
  contacts,
  version,
}: {
  contacts: OrganisationResponse['crisisContacts'];
  /** The list's version: a list someone else saved since is shown, not overwritten. */
  version: number;
}) {
  const rows = [...contacts, null].slice(0, MAX_CONTACTS);
  return (
    <AdminEditForm
      path="/admin/crisis-contacts"
      title="Crisis contacts"
      submitLabel="Save crisis contacts"
      successMessage="The crisis contacts were saved. People and carers see them on their pages."
      describeCurrent={(current) => <CurrentCrisisContacts current={current} />}
      toBody={(form) => ({
        version: Number(form.get('version')),
        contacts: rows
          .map((_, index) => ({
            name: formText(form, `name-${index}`),
            phone: formText(form, `phone-${index}`),
            hours: formText(form, `hours-${index}`),
            note: formText(form, `note-${index}`),
          }))
          .filter((row) => row.name || row.phone || row.hours || row.note)
          .map((row) => ({ ...row, name: row.name ?? '', phone: row.phone ?? '' })),
      })}
    >
      <input type="hidden" name="version" value={version} />
      <p className="field__hint">Who people ring when they need help now. Clear every box of a row to remove it.</p>
      {rows.map((contact, index) => (
        <fieldset className="fieldset" key={index}>
          <legend className="fieldset__legend">
            {contact ? `Crisis contact ${index + 1}` : 'Add a crisis contact'}
          </legend>
          <TextField label="Name" name={`name-${index}`} defaultValue={contact?.name ?? ''} maxLength={L.maxName} />
          <TextField
            label="Phone"
            name={`phone-${index}`}
            type="tel"
            defaultValue={contact?.phone ?? ''}
            maxLength={L.maxPhone}
          />
          <TextField
            label="Hours"
            name={`hours-${index}`}
            isOptional
            defaultValue={contact?.hours ?? ''}
            maxLength={L.maxServiceHours}
          />
          <TextField
            label="Note"
            name={`note-${index}`}
            isOptional
            defaultValue={contact?.note ?? ''}
            maxLength={L.maxCrisisNote}
          />
        </fieldset>
      ))}
    </AdminEditForm>
  );
}

/** The list someone else saved first, as a 409 gives it. */
function CurrentCrisisContacts({ current }: { current: unknown }) {
  const { contacts = [] } = (current ?? {}) as { contacts?: OrganisationResponse['crisisContacts'] };
  if (contacts.length === 0) return <p>They removed every crisis contact.</p>;
  return (
    <ol className="plain-list">
      {contacts.map((contact, index) => (
        <li key={index}>
          {contact.name}: {contact.phone}
          {contact.hours ? ` (${contact.hours})` : ''}
        </li>
      ))}
    </ol>
  );
}
