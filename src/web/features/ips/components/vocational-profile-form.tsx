import { useState, type FormEvent } from 'react';
import type { VocationalProfileDto } from '../../../../shared/api/ips.responses';
import { DISCLOSURE_CHOICES, DISCLOSURE_LABELS } from '../../../../shared/api/ips-labels';
import { hasStatus, isApiRequestError } from '../../../api-client/api-request-error';
import { ErrorMessage } from '../../../ui/error-message';
import { SelectField } from '../../../ui/fields/select-field';
import { IPS_LIMITS } from '../../../../shared/api/ips.schema';
import { TextAreaField } from '../../../ui/fields/text-area-field';
import { TextField } from '../../../ui/fields/text-field';
import { useAccountDraft } from '../../../hooks/use-account-draft';
import { useSaveVocationalProfile } from '../api/use-ips';
import { DraftBackNotice, fieldsOf, isRevisionDraftOf, type RevisionDraft } from './revision-draft';

const FIELDS = [
  'workWanted',
  'hoursWanted',
  'strengths',
  'history',
  'whatHelped',
  'whatGotInTheWay',
  'disclosure',
  'disclosureTo',
  'disclosureHow',
] as const;
type Field = (typeof FIELDS)[number];

/** What was typed and not yet saved, with the revision it started from. */
export type ProfileDraft = RevisionDraft<Field>;

const isProfileDraft = isRevisionDraftOf(FIELDS);

/**
 * The vocational profile, written with the person and in their words. The form keeps what was
 * typed when someone else saved first (409): the saved words are shown beside it, and the next
 * save starts from them, on purpose.
 */
export function VocationalProfileForm({
  personId,
  profile,
  isSelf,
  accountId,
}: {
  personId: string;
  profile: VocationalProfileDto | null;
  isSelf: boolean;
  accountId: string;
}) {
  const save = useSaveVocationalProfile(personId);
  const stored = useAccountDraft(accountId, `ips-profile.${personId}`, isProfileDraft);
  // Read once: the form starts from the draft, and a draft from an older revision gets the 409 on save.
  const [restored, setRestored] = useState(stored.draft);
  const [formKey, setFormKey] = useState(0);
  const [baseRevision, setBaseRevision] = useState(restored?.baseRevision ?? profile?.revision ?? 0);
  const value = (name: Field) => restored?.fields[name] ?? profile?.[name];
  const [saved, setSaved] = useState(false);
  const conflict = hasStatus(save.error, 409) && isApiRequestError(save.error) ? save.error.details : null;
  const current = conflict?.current as VocationalProfileDto | undefined;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const fields = fieldsOf(new FormData(event.currentTarget), FIELDS);
    setSaved(false);
    save.mutate(
      { baseRevision, ...fields, disclosure: fields.disclosure as VocationalProfileDto['disclosure'] },
      {
        onSuccess: (result) => {
          setBaseRevision(result.revision);
          stored.clearDraft();
          setRestored(null);
          setSaved(true);
        },
        onError: (error) => {
          if (hasStatus(error, 409) && isApiRequestError(error)) {
            const next = Number(error.details.currentRevision ?? baseRevision);
            setBaseRevision(next);
            stored.setDraft({ baseRevision: next, fields });
          }
        },
      },
    );
  };
  const keepDraft = (event: FormEvent<HTMLFormElement>) => {
    setSaved(false);
    stored.setDraft({ baseRevision, fields: fieldsOf(new FormData(event.currentTarget), FIELDS) });
  };
  const discardDraft = () => {
    stored.clearDraft();
    setRestored(null);
    setBaseRevision(profile?.revision ?? 0);
    setFormKey((key) => key + 1);
  };
  const you = isSelf ? 'you' : 'they';
  return (
    <form key={formKey} className="form" onSubmit={onSubmit} onChange={keepDraft} noValidate aria-label="Work goals">
      {profile && (
        <p className="hint">
          Last saved by {profile.updatedByName}
          {profile.isWrittenByPerson ? ' (in their own words)' : ''}.
        </p>
      )}
      {restored && <DraftBackNotice onDiscard={discardDraft} />}
      <TextAreaField
        label={isSelf ? 'The work I want' : 'The work they want'}
        name="workWanted"
        maxLength={IPS_LIMITS.maxProfileFieldLength}
        defaultValue={value('workWanted')}
      />
      <TextField
        label={isSelf ? 'Hours I would like' : 'Hours they would like'}
        name="hoursWanted"
        defaultValue={value('hoursWanted')}
        isOptional
      />
      <TextAreaField
        label={isSelf ? 'My strengths' : 'Their strengths'}
        name="strengths"
        maxLength={IPS_LIMITS.maxProfileFieldLength}
        defaultValue={value('strengths')}
      />
      <TextAreaField
        label="Work and education so far"
        name="history"
        maxLength={IPS_LIMITS.maxProfileFieldLength}
        defaultValue={value('history')}
        isOptional
      />
      <TextAreaField
        label="What helped before"
        name="whatHelped"
        maxLength={IPS_LIMITS.maxProfileFieldLength}
        defaultValue={value('whatHelped')}
        isOptional
      />
      <TextAreaField
        label="What got in the way before"
        name="whatGotInTheWay"
        maxLength={IPS_LIMITS.maxProfileFieldLength}
        defaultValue={value('whatGotInTheWay')}
        isOptional
      />
      <SelectField
        label="Telling employers about mental health"
        hint={`Whether, to whom and how ${you} want it mentioned. This can change at any time.`}
        name="disclosure"
        defaultValue={value('disclosure') ?? 'undecided'}
        options={DISCLOSURE_CHOICES.map((value) => ({ value, label: DISCLOSURE_LABELS[value] }))}
      />
      <TextField label="Who may be told" name="disclosureTo" defaultValue={value('disclosureTo')} isOptional />
      <TextAreaField
        label="How it should be mentioned"
        name="disclosureHow"
        maxLength={IPS_LIMITS.maxProfileFieldLength}
        defaultValue={value('disclosureHow')}
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
