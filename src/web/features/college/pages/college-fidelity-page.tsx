import '../college.css';
import { Link } from 'react-router';
import { COLLEGE_LIMITS, type RecordFidelityBody } from '../../../../shared/api/college-admin.schema';
import { hasStatus } from '../../../api-client/api-request-error';
import { usePageTitle } from '../../../hooks/use-page-title';
import { ErrorMessage } from '../../../ui/error-message';
import { formRequired, formText } from '../../../ui/fields/form-values';
import { TextAreaField } from '../../../ui/fields/text-area-field';
import { TextField } from '../../../ui/fields/text-field';
import { ForbiddenNotice } from '../../../ui/forbidden-notice';
import { formatDate } from '../../../ui/format/format-date';
import { LoadingMessage } from '../../../ui/loading-message';
import { SimpleTable } from '../../../ui/simple-table';
import { useFidelityAssessments } from '../api/college-admin-queries';
import { CollegeForm } from '../components/college-form';

/** A rating in words first; the colour only repeats them. */
const RATINGS = [
  { value: 0, label: 'Red: not in place', badge: 'badge--danger' },
  { value: 1, label: 'Amber: partly in place', badge: 'badge--warning' },
  { value: 2, label: 'Green: in place', badge: 'badge--good' },
] as const;

const today = () => new Date().toISOString().slice(0, 10);

function RatingBadge({ value }: { value: number }) {
  const rating = RATINGS.find((r) => r.value === value);
  return <span className={`badge ${rating?.badge ?? ''}`}>{rating?.label ?? String(value)}</span>;
}

/** The college's fidelity self-assessment: seven components rated red, amber or green, and the ones before. */
export function CollegeFidelityPage() {
  usePageTitle('Fidelity self-assessment');
  const fidelity = useFidelityAssessments();
  if (hasStatus(fidelity.error, 403))
    return <ForbiddenNotice message="Only the college’s leads and administrators assess the college." />;
  const components = fidelity.data?.components ?? [];
  return (
    <>
      <h1>Fidelity self-assessment</h1>
      <p className="lead">
        How far the college works as a Recovery College should: each of seven components rated red (not in place), amber
        (partly) or green (in place), against the college’s own criteria. This is a self-assessment, not a validated
        measure. <Link to="/college/manage">Back to running the college</Link>.
      </p>
      {fidelity.isPending && <LoadingMessage what="the self-assessments" />}
      {fidelity.isError && <ErrorMessage error={fidelity.error} />}
      {fidelity.data && (
        <div className="admin-section">
          <div className="admin-section__list">
            <SimpleTable
              caption="Self-assessments, the latest first"
              rows={fidelity.data.assessments}
              rowKey={(a) => a.id}
              columns={[
                { header: 'Date', cell: (a) => formatDate(a.assessedOn) },
                { header: 'Who took part', cell: (a) => a.assessors },
                { header: 'Total (0–14)', cell: (a) => String(a.total) },
                {
                  header: 'Components',
                  cell: (a) => (
                    <ul className="plain-list">
                      {a.ratings.map((value, index) => (
                        <li key={components[index] ?? index}>
                          {components[index]}: <RatingBadge value={value} />
                        </li>
                      ))}
                    </ul>
                  ),
                },
                { header: 'Notes', cell: (a) => a.notes || '–' },
              ]}
              emptyText="The college has not assessed itself yet."
            />
          </div>
          <div className="admin-section__form">
            <CollegeForm<RecordFidelityBody>
              path="/college/fidelity"
              title="Assess the college"
              submitLabel="Save the self-assessment"
              successMessage="Self-assessment saved."
              toBody={(form) => ({
                assessedOn: formRequired(form, 'assessedOn'),
                assessors: formRequired(form, 'assessors'),
                ratings: components.map((_, index) => Number(form.get(`rating-${index}`) ?? Number.NaN)),
                notes: formText(form, 'notes') ?? '',
              })}
            >
              <TextField label="Date" name="assessedOn" type="date" required defaultValue={today()} max={today()} />
              <TextField
                label="Who took part"
                name="assessors"
                required
                maxLength={300}
                hint="Students, peer and practitioner trainers, managers."
              />
              {components.map((component, index) => (
                <fieldset key={component} className="fieldset">
                  <legend className="fieldset__legend">{component}</legend>
                  {RATINGS.map((rating) => (
                    <label key={rating.value} className="checkbox">
                      <input type="radio" name={`rating-${index}`} value={rating.value} required />{' '}
                      <span className={`badge ${rating.badge}`}>{rating.label}</span>
                    </label>
                  ))}
                </fieldset>
              ))}
              <TextAreaField
                label="Notes"
                name="notes"
                isOptional
                hint="What to work on next, and why."
                maxLength={COLLEGE_LIMITS.maxTextLength * 2}
                rows={3}
              />
            </CollegeForm>
          </div>
        </div>
      )}
    </>
  );
}
