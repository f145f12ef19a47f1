import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { CarePlanSectionDto, StaleSaveDetails } from '../../../../shared/api/care-plan.responses';
import { hasStatus, isApiRequestError } from '../../../api-client/api-request-error';
import { useSaveCarePlanSection } from '../api/use-care-plan-changes';
import { ErrorMessage } from '../../../ui/error-message';
import { useAnnounce } from '../../../ui/live-announcer';
import { StaleMerge } from './stale-merge';
import { TextAreaField } from '../../../ui/fields/text-area-field';
import { CARE_PLAN_LIMITS } from '../../../../shared/api/care-plan.schema';

export interface StoredSectionDraft {
  text: string;
  baseVersion: number;
}

interface SectionEditorProps {
  personId: string;
  section: CarePlanSectionDto;
  /** "Jo", or null when the person is editing their own plan. */
  otherPersonName: string | null;
  draft: StoredSectionDraft;
  onDraftChange: (draft: StoredSectionDraft) => void;
  onSaved: (message: string) => void;
  onCancel: () => void;
}

/** Edits one section; a stale save opens a merge, and a worker's change to the person's words becomes a proposal. */
export function SectionEditor({
  personId,
  section,
  otherPersonName,
  draft,
  onDraftChange,
  onSaved,
  onCancel,
}: SectionEditorProps) {
  const save = useSaveCarePlanSection(personId, section.key);
  const announce = useAnnounce();
  const [stale, setStale] = useState<StaleSaveDetails | null>(null);
  const errorRef = useRef<HTMLDivElement>(null);
  const willPropose = otherPersonName !== null && section.isHeldByPerson;

  const submit = (text: string, baseVersion: number) => {
    save.mutate(
      { text, baseVersion },
      {
        onSuccess: (result) => {
          setStale(null);
          const message =
            result.outcome === 'proposed'
              ? `Your change to “${section.title}” was sent to ${otherPersonName ?? 'the person'} to accept.`
              : result.outcome === 'unchanged'
                ? `“${section.title}” was already up to date.`
                : `“${section.title}” saved.`;
          announce(message);
          onSaved(message);
        },
        onError: (error) => {
          if (hasStatus(error, 409) && isApiRequestError(error)) {
            setStale(error.details as unknown as StaleSaveDetails);
            announce('Someone else changed this section. Your text is kept: compare and choose.');
          }
        },
      },
    );
  };

  const otherError = save.isError && !hasStatus(save.error, 409) ? save.error : null;
  useEffect(() => {
    if (otherError) errorRef.current?.querySelector<HTMLElement>('[role="alert"]')?.focus();
  }, [otherError]);

  if (stale) {
    return (
      <StaleMerge
        draft={draft.text}
        currentText={stale.currentText}
        onDraftChange={(text) => onDraftChange({ text, baseVersion: draft.baseVersion })}
        onUseTheirs={onCancel}
        onKeepMine={() => {
          onDraftChange({ text: draft.text, baseVersion: stale.currentVersion });
          submit(draft.text, stale.currentVersion);
        }}
        isSaving={save.isPending}
      />
    );
  }

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    submit(draft.text, draft.baseVersion);
  };
  return (
    <form className="form section-editor" onSubmit={onSubmit} aria-label={`Edit ${section.title}`}>
      {willPropose && (
        <p className="notice notice--warning">
          These are {otherPersonName}’s own words. Your change will be sent to {otherPersonName} to accept; until then
          the section stays as it is.
        </p>
      )}
      <div ref={errorRef}>
        {otherError && <ErrorMessage error={otherError} title="Not saved" labels={{ 'body.text': section.title }} />}
      </div>
      <TextAreaField
        label={section.title}
        hint={
          section.prompt
            ? `${section.prompt} Your draft is kept on this device until it is saved.`
            : 'Your draft is kept on this device until it is saved.'
        }
        rows={8}
        maxLength={CARE_PLAN_LIMITS.maxSectionCharacters}
        value={draft.text}
        onChange={(event) => onDraftChange({ text: event.target.value, baseVersion: draft.baseVersion })}
      />
      <div className="button-row">
        <button type="submit" className="button" disabled={save.isPending}>
          {willPropose ? `Send to ${otherPersonName} to accept` : 'Save'}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel} disabled={save.isPending}>
          Cancel and discard draft
        </button>
      </div>
    </form>
  );
}
