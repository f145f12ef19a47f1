import type { AddDesignNoteBody } from '../../../../shared/api/college-admin.schema';
import { formRequired } from '../../../ui/fields/form-values';
import { SelectField } from '../../../ui/fields/select-field';
import { TextAreaField } from '../../../ui/fields/text-area-field';
import { TextField } from '../../../ui/fields/text-field';
import { formatDate } from '../../../ui/format/format-date';
import { ErrorMessage } from '../../../ui/error-message';
import { LoadingMessage } from '../../../ui/loading-message';
import { useDesignNotes } from '../api/college-admin-queries';
import { CollegeForm } from './college-form';

const names = (form: FormData, field: string): string[] =>
  formRequired(form, field)
    .split(/\n|,/)
    .map((name) => name.trim())
    .filter((name) => name !== '');

/** How a course was co-produced: its design notes and co-production meetings, and a form to add one. */
export function DesignNotesSection({ courseId }: { courseId: string }) {
  const notes = useDesignNotes(courseId);
  return (
    <section aria-labelledby="design-notes">
      <h2 id="design-notes">How it was designed</h2>
      {notes.isPending && <LoadingMessage what="the design notes" />}
      {notes.isError && <ErrorMessage error={notes.error} />}
      {notes.data?.notes.length === 0 && <p className="empty-state">No design notes or co-production meetings yet.</p>}
      <ul className="card-list card-list--compact">
        {notes.data?.notes.map((note) => {
          const lived = note.participants.filter((p) => p.hasLivedExperience).map((p) => p.name);
          const professional = note.participants.filter((p) => !p.hasLivedExperience).map((p) => p.name);
          return (
            <li key={note.id} className="card">
              <h3 className="card__title">
                {note.kind === 'meeting' ? 'Co-production meeting' : 'Design note'}, {formatDate(note.heldOn)}
              </h3>
              {note.participants.length > 0 && (
                <p>
                  With lived experience: {lived.join(', ') || 'no one'}. Others: {professional.join(', ') || 'no one'}.
                </p>
              )}
              <p className="pre-wrap">{note.notes}</p>
            </li>
          );
        })}
      </ul>
      <CollegeForm<AddDesignNoteBody>
        path={`/college/courses/${courseId}/design-notes`}
        title="Add a design note or meeting"
        submitLabel="Add it"
        successMessage="Added to how the course was designed."
        toBody={(form) => ({
          kind: formRequired(form, 'kind') as AddDesignNoteBody['kind'],
          heldOn: formRequired(form, 'heldOn'),
          participants: [
            ...names(form, 'lived').map((name) => ({ name, hasLivedExperience: true })),
            ...names(form, 'professional').map((name) => ({ name, hasLivedExperience: false })),
          ],
          notes: formRequired(form, 'notes'),
        })}
      >
        <SelectField
          label="What it is"
          name="kind"
          required
          options={[
            { value: 'meeting', label: 'A co-production meeting' },
            { value: 'note', label: 'A design note' },
          ]}
        />
        <TextField label="Date" name="heldOn" type="date" required />
        <TextAreaField
          label="Who took part with lived experience"
          name="lived"
          isOptional
          rows={2}
          hint="One name a line, or separated by commas."
        />
        <TextAreaField
          label="Who took part with professional or other experience"
          name="professional"
          isOptional
          rows={2}
        />
        <TextAreaField label="Notes" name="notes" required maxLength={4000} rows={4} />
      </CollegeForm>
    </section>
  );
}
