import { useState, type FormEvent } from 'react';
import type { IpsFidelityDto } from '../../../../shared/api/ips.responses';
import { FIDELITY_BAND_LABELS, FIDELITY_SECTION_LABELS } from '../../../../shared/api/ips-labels';
import { ErrorMessage } from '../../../ui/error-message';
import { TextField } from '../../../ui/fields/text-field';
import { useRecordFidelityReview } from '../api/use-ips';

const SCORES = ['1', '2', '3', '4', '5'];

/** Scores the 25 items 1–5, with the figures counted from the records shown beside the matching items. */
export function FidelityReviewForm({ fidelity }: { fidelity: IpsFidelityDto }) {
  const record = useRecordFidelityReview();
  const [saved, setSaved] = useState<number | null>(null);
  const indicators = new Map(fidelity.indicators.map((i) => [i.key, i]));
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setSaved(null);
    record.mutate(
      {
        teamId: fidelity.team.id,
        reviewedOn: String(form.get('reviewedOn') ?? ''),
        reviewers: String(form.get('reviewers') ?? ''),
        scores: fidelity.items.map((item) => Number(form.get(`item-${item.number}`) ?? 0)),
      },
      { onSuccess: (result) => setSaved(result.total) },
    );
  };
  const sections = ['staffing', 'organisation', 'services'] as const;
  return (
    <form className="form" onSubmit={onSubmit} noValidate aria-label="Score a fidelity review">
      {!fidelity.hasWording && (
        <p className="hint">
          Items show Tandem’s short labels. An administrator can load the scale’s own wording (instrument “ips-25”).
        </p>
      )}
      <TextField label="Date of the review" name="reviewedOn" type="date" />
      <TextField label="Reviewers" name="reviewers" />
      {sections.map((section) => (
        <fieldset key={section} className="fieldset">
          <legend className="fieldset__legend">{FIDELITY_SECTION_LABELS[section]}</legend>
          {fidelity.items
            .filter((item) => item.section === section)
            .map((item) => (
              <div key={item.number} className="field">
                <label className="field__label" htmlFor={`item-${item.number}`}>
                  {item.number}. {item.text ?? item.label}
                </label>
                {item.text !== null && <p className="field__hint">{item.label}</p>}
                <select
                  id={`item-${item.number}`}
                  name={`item-${item.number}`}
                  className="input select"
                  defaultValue=""
                  aria-describedby={
                    item.indicators.length > 0
                      ? item.indicators.map((key) => `indicator-${item.number}-${key}`).join(' ')
                      : undefined
                  }
                >
                  <option value="">Score</option>
                  {SCORES.map((s) => (
                    <option key={s} value={s}>
                      {s}
                    </option>
                  ))}
                </select>
                {item.indicators.map((key) => {
                  const indicator = indicators.get(key);
                  return indicator ? (
                    <p key={key} id={`indicator-${item.number}-${key}`} className="ips-indicator">
                      From the records: {indicator.label}: <strong>{indicator.shown}</strong> (best: {indicator.anchor}
                      {indicator.meetsAnchor === null ? '' : indicator.meetsAnchor ? ', met' : ', not met'})
                    </p>
                  ) : null;
                })}
              </div>
            ))}
        </fieldset>
      ))}
      {record.isError && <ErrorMessage error={record.error} />}
      {saved !== null && (
        <p className="notice notice--success" role="status">
          Review saved: {saved} of 125.
        </p>
      )}
      <button type="submit" className="button" disabled={record.isPending}>
        Save the review
      </button>
      {fidelity.reviews.length > 0 && (
        <p>
          Last review {fidelity.reviews[0]!.reviewedOn}: {fidelity.reviews[0]!.score.total} of 125,{' '}
          {FIDELITY_BAND_LABELS[fidelity.reviews[0]!.score.band]}.
        </p>
      )}
    </form>
  );
}
