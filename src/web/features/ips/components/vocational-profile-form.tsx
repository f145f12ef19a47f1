import { useState, type FormEvent } from 'react';
import type { VocationalProfileDto } from '../../../../shared/api/ips.responses';
import { DISCLOSURE_CHOICES, DISCLOSURE_LABELS } from '../../../../shared/api/ips-labels';
import { hasStatus, isApiRequestError } from '../../../api-client/api-request-error';
import { ErrorMessage } from '../../../ui/error-message';
import { SelectField } from '../../../ui/fields/select-field';
import { IPS_LIMITS } from '../../../../shared/api/ips.schema';
import { TextAreaField } from '../../../ui/fields/text-area-field';
import { TextField } from '../../../ui/fields/text-field';
import { useSaveVocationalProfile } from '../api/use-ips';

const text = (form: FormData, name: string) => String(form.get(name) ?? '');

/**
 * The vocational profile, written with the person and in their words. The form keeps what was
 * typed when someone else saved first (409): the saved words are shown beside it, and the next
 * save starts from them, on purpose.
 */
export function VocationalProfileForm({
  personId,
  profile,
  isSelf,
}: {
  personId: string;
  profile: VocationalProfileDto | null;
  isSelf: boolean;
  accountId: string;
}) {
  const save = useSaveVocationalProfile(personId);
  const [baseRevision, setBaseRevision] = useState(profile?.revision ?? 0);
  const [saved, setSaved] = useState(false);
  const conflict = hasStatus(save.error, 409) && isApiRequestError(save.error) ? save.error.details : null;
  const current = conflict?.current as VocationalProfileDto | undefined;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setSaved(false);
    save.mutate(
      {
        baseRevision,
        workWanted: text(form, 'workWanted'),
        hoursWanted: text(form, 'hoursWanted'),
        strengths: text(form, 'strengths'),
        history: text(form, 'history'),
        whatHelped: text(form, 'whatHelped'),
        whatGotInTheWay: text(form, 'whatGotInTheWay'),
        disclosure: text(form, 'disclosure') as VocationalProfileDto['disclosure'],
        disclosureTo: text(form, 'disclosureTo'),
        disclosureHow: text(form, 'disclosureHow'),
      },
      {
        onSuccess: (result) => {
          setBaseRevision(result.revision);
          setSaved(true);
        },
        onError: (error) => {
          if (hasStatus(error, 409) && isApiRequestError(error))
            setBaseRevision(Number(error.details.currentRevision ?? baseRevision));
        },
      },
    );
  };
  const you = isSelf ? 'you' : 'they';
  return (
    <form className="form" onSubmit={onSubmit} noValidate aria-label="Work goals">
      {profile && (
        <p className="hint">
          Last saved by {profile.updatedByName}
          {profile.isWrittenByPerson ? ' (in their own words)' : ''}.
        </p>
      )}
      <TextAreaField
        label={isSelf ? 'The work I want' : 'The work they want'}
        name="workWanted"
        maxLength={IPS_LIMITS.maxProfileFieldLength}
        defaultValue={profile?.workWanted}
      />
      <TextField
        label={isSelf ? 'Hours I would like' : 'Hours they would like'}
        name="hoursWanted"
        defaultValue={profile?.hoursWanted}
        isOptional
      />
      <TextAreaField
        label={isSelf ? 'My strengths' : 'Their strengths'}
        name="strengths"
        maxLength={IPS_LIMITS.maxProfileFieldLength}
        defaultValue={profile?.strengths}
      />
      <TextAreaField
        label="Work and education so far"
        name="history"
        maxLength={IPS_LIMITS.maxProfileFieldLength}
        defaultValue={profile?.history}
        isOptional
      />
      <TextAreaField
        label="What helped before"
        name="whatHelped"
        maxLength={IPS_LIMITS.maxProfileFieldLength}
        defaultValue={profile?.whatHelped}
        isOptional
      />
      <TextAreaField
        label="What got in the way before"
        name="whatGotInTheWay"
        maxLength={IPS_LIMITS.maxProfileFieldLength}
        defaultValue={profile?.whatGotInTheWay}
        isOptional
      />
      <SelectField
        label="Telling employers about mental health"
        hint={`Whether, to whom and how ${you} want it mentioned. This can change at any time.`}
        name="disclosure"
        defaultValue={profile?.disclosure ?? 'undecided'}
        options={DISCLOSURE_CHOICES.map((value) => ({ value, label: DISCLOSURE_LABELS[value] }))}
      />
      <TextField label="Who may be told" name="disclosureTo" defaultValue={profile?.disclosureTo} isOptional />
      <TextAreaField
        label="How it should be mentioned"
        name="disclosureHow"
        maxLength={IPS_LIMITS.maxProfileFieldLength}
        defaultValue={profile?.disclosureHow}
        isOptional
      />
      {save.isError && <ErrorMessage error={save.error} />}
      {current && (
        <div className="notice">
          <p className="notice__title">The saved version</p>
          <p>The work wanted: {current.workWanted || '(empty)'}</p>
          <p>Strengths: {current.strengths || '(empty)'}</p>
          <p>Saving again keeps the words in this form.</p>
        </div>
      )}
      {saved && (
        <p className="notice notice--success" role="status">
          Saved.
        </p>
      )}
      <button type="submit" className="button" disabled={save.isPending}>
        Save work goals
      </button>
    </form>
  );
}
