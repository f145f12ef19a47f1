import { useEffect, useId, useState, type FormEvent } from 'react';
import type { CarerSharingDto } from '../../../../shared/api/carer-consent.responses';
import { CARER_SHARE_SCOPES, type CarerShareScope } from '../../../../shared/api/labels';
import { useFormResult } from '../../../hooks/use-form-result';
import { TextAreaField } from '../../../ui/fields/text-area-field';
import { FormFeedback } from '../../../ui/form-feedback';
import { useSetCarerSharing } from '../api/use-carer-sharing';
import { ownScopeLabel } from '../carer-share-scope-label';

interface CarerSharingFormProps {
  personId: string;
  carer: CarerSharingDto;
  /** An administrator records the person's choice for them, and says why. */
  isOnBehalf: boolean;
}

/** One carer's card: tick what they may see, save; a withdrawn part is hidden from their very next request. */
export function CarerSharingForm({ personId, carer, isOnBehalf }: CarerSharingFormProps) {
  const [chosen, setChosen] = useState<CarerShareScope[]>(carer.sharedScopes);
  const [reason, setReason] = useState('');
  const save = useSetCarerSharing(personId);
  const result = useFormResult();
  const headingId = useId();
  // When what the carer sees changes under the form (saved here, or a 409 read it again), show it.
  useEffect(() => setChosen(carer.sharedScopes), [carer.version, carer.sharedScopes]);
  const isChanged =
    chosen.length !== carer.sharedScopes.length || chosen.some((scope) => !carer.sharedScopes.includes(scope));

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    result.reset();
    save.mutate(
      {
        carerId: carer.carerId,
        version: carer.version,
        sharedScopes: chosen,
        onBehalfReason: isOnBehalf ? reason : null,
      },
      {
        onSuccess: (saved) => {
          setChosen(saved.sharedScopes);
          setReason('');
          result.succeeded(
            saved.sharedScopes.length === 0
              ? `Saved. ${carer.name} now sees nothing more than how to reach your team.`
              : `Saved. ${carer.name} sees only what is ticked, from now on.`,
          );
        },
      },
    );
  };

  return (
    <li className="card">
      <form onSubmit={submit} aria-labelledby={headingId} className="form">
        <h3 className="card__title" id={headingId}>
          {carer.name} <span className="muted">({carer.relationship})</span>
        </h3>
        <fieldset className="fieldset">
          <legend className="fieldset__legend">
            {isOnBehalf ? `What ${carer.name} may see` : `What ${carer.name} can see`}
          </legend>
          {CARER_SHARE_SCOPES.map((scope) => (
            <label className="checkbox" key={scope}>
              <input
                type="checkbox"
                name="sharedScopes"
                value={scope}
                checked={chosen.includes(scope)}
                onChange={(event) =>
                  setChosen((now) =>
                    event.target.checked
                      ? CARER_SHARE_SCOPES.filter((s) => s === scope || now.includes(s))
                      : now.filter((s) => s !== scope),
                  )
                }
              />{' '}
              {ownScopeLabel(scope)}
            </label>
          ))}
        </fieldset>
        {isOnBehalf && (
          <TextAreaField
            label="Why you are recording this for the person"
            hint="The person reads this next to the change."
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            maxLength={500}
            rows={2}
            required
          />
        )}
        <FormFeedback error={save.error} success={result.success} ref={result.feedbackRef} />
        <div className="button-row">
          <button type="submit" className="button" disabled={save.isPending || !isChanged}>
            Save what {carer.name} can see
          </button>
        </div>
      </form>
    </li>
  );
}
