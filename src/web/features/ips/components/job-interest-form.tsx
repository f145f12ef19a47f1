import { useState, type FormEvent } from 'react';
import type { JobInterestDto } from '../../../../shared/api/ips.responses';
import { hasStatus, isApiRequestError } from '../../../api-client/api-request-error';
import { useAccountDraft } from '../../../hooks/use-account-draft';
import { ErrorMessage } from '../../../ui/error-message';
import { SelectField } from '../../../ui/fields/select-field';
import { TextAreaField } from '../../../ui/fields/text-area-field';
import { TextField } from '../../../ui/fields/text-field';
import { useAddJobInterest, useEditJobInterest, useEmployers } from '../api/use-ips';
import { DraftBackNotice, fieldsOf, isRevisionDraftOf, type RevisionDraft } from './revision-draft';

const FIELDS = ['jobKind', 'employerId', 'employerName', 'why'] as const;
type Fields = Record<(typeof FIELDS)[number], string>;

/** What was typed and not yet saved, with the revision a correction started from (0 for a new interest). */
export type JobInterestDraft = RevisionDraft<(typeof FIELDS)[number]>;

const isJobInterestDraft = isRevisionDraftOf(FIELDS);

const fieldsFrom = (interest: JobInterestDto | undefined): Partial<Fields> =>
  interest
    ? {
        jobKind: interest.jobKind,
        employerId: interest.employerId ?? '',
        employerName: interest.employerId ? '' : (interest.employerName ?? ''),
        why: interest.why,
      }
    : {};

/**
 * Adds a job or employer the person is interested in, or corrects one (`interest`). What is typed
 * is kept on the device under the signed-in account until it is saved, so it survives a failed
 * save, a reload and the idle sign-out. A correction over someone else's keeps the typed words and
 * shows theirs; saving again then replaces theirs knowingly.
 */
export function JobInterestForm({
  personId,
  accountId,
  isSelf,
  isStaff,
  interest,
  onDone,
}: {
  personId: string;
  accountId: string;
  isSelf: boolean;
  isStaff: boolean;
  interest?: JobInterestDto;
  onDone?: () => void;
}) {
  const employers = useEmployers(isStaff);
  const add = useAddJobInterest(personId);
  const edit = useEditJobInterest(personId);
  const save = interest ? edit : add;
  const stored = useAccountDraft(
    accountId,
    `ips-job-interest.${personId}.${interest?.id ?? 'new'}`,
    isJobInterestDraft,
  );
  // Read once: the form starts from the draft; a draft from an older revision gets the 409 on save.
  const [restored, setRestored] = useState(stored.draft);
  const [formKey, setFormKey] = useState(0);
  const [baseRevision, setBaseRevision] = useState(restored?.baseRevision ?? interest?.revision ?? 0);
  const [saved, setSaved] = useState(false);
  const value = (name: keyof Fields) => restored?.fields[name] ?? fieldsFrom(interest)[name];
  const current =
    hasStatus(save.error, 409) && isApiRequestError(save.error)
      ? (save.error.details.current as JobInterestDto | undefined)
      : undefined;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const fields = fieldsOf(new FormData(event.currentTarget), FIELDS);
    setSaved(false);
    stored.setDraft({ baseRevision, fields });
    const words = { ...fields, employerId: fields.employerId === '' ? null : fields.employerId };
    const onSuccess = () => {
      stored.clearDraft();
      setRestored(null);
      setFormKey((key) => key + 1);
      setSaved(true);
      onDone?.();
    };
    const onError = (error: Error) => {
      if (!hasStatus(error, 409) || !isApiRequestError(error)) return;
      const next = (error.details.current as JobInterestDto | undefined)?.revision ?? baseRevision;
      setBaseRevision(next);
      stored.setDraft({ baseRevision: next, fields });
    };
    if (interest) edit.mutate({ id: interest.id, ...words, baseRevision }, { onSuccess, onError });
    else add.mutate(words, { onSuccess, onError });
  };
  const keepDraft = (event: FormEvent<HTMLFormElement>) => {
    setSaved(false);
    stored.setDraft({ baseRevision, fields: fieldsOf(new FormData(event.currentTarget), FIELDS) });
  };
  const discardDraft = () => {
    stored.clearDraft();
    setRestored(null);
    setBaseRevision(interest?.revision ?? 0);
    setFormKey((key) => key + 1);
  };
  const title = interest
    ? `Change ${interest.jobKind}`
    : isSelf
      ? 'Add a job or employer you are interested in'
      : 'Add a job or employer they are interested in';
  return (
    <form key={formKey} className="form" onSubmit={onSubmit} onChange={keepDraft} noValidate aria-label={title}>
      <h3>{title}</h3>
      {restored && <DraftBackNotice onDiscard={discardDraft} />}
      {current && (
        <div className="notice">
          <p className="notice__title">Saved by someone else</p>
          <p>
            {current.jobKind}
            {current.employerName ? ` at ${current.employerName}` : ''}
            {current.why ? `: “${current.why}”` : ''}
          </p>
          <p className="small">Your words are below. Save again to replace theirs with them, or change them first.</p>
        </div>
      )}
      <TextField
        label="Kind of job"
        name="jobKind"
        hint="For example: barista, warehouse work, gardening."
        defaultValue={value('jobKind')}
      />
      {isStaff && (
        <SelectField
          // Drawn again once the list arrives, so a correction starts with its employer chosen.
          key={employers.data ? 'employers' : 'loading'}
          label="Employer from the list"
          name="employerId"
          placeholder="None, or type a name below"
          isOptional
          defaultValue={value('employerId')}
          options={(employers.data?.employers ?? []).map((e) => ({ value: e.id, label: e.name }))}
        />
      )}
      <TextField
        label={isStaff ? 'Or an employer’s name' : 'Employer'}
        name="employerName"
        isOptional
        defaultValue={value('employerName')}
      />
      <TextAreaField
        label={isSelf ? 'Why it appeals to you' : 'Why it appeals, in their words'}
        name="why"
        isOptional
        rows={3}
        defaultValue={value('why')}
      />
      {save.isError && !current && <ErrorMessage error={save.error} />}
      {saved && !interest && (
        <p className="notice notice--success" role="status">
          Added.
        </p>
      )}
      <div className="button-row">
        <button type="submit" className="button" disabled={save.isPending}>
          {interest ? 'Save changes' : 'Add'}
        </button>
        {onDone && (
          <button type="button" className="button button--secondary" onClick={onDone}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}
