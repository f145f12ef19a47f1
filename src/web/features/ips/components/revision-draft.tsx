/** Words typed into a form of text fields and not yet saved, with the revision they started from. */
export interface RevisionDraft<Name extends string> {
  baseRevision: number;
  fields: Record<Name, string>;
}

/** A check that a stored value is a draft of these fields, for `useAccountDraft`. */
export function isRevisionDraftOf<Name extends string>(names: readonly Name[]) {
  return (value: unknown): value is RevisionDraft<Name> => {
    if (typeof value !== 'object' || value === null) return false;
    const draft = value as RevisionDraft<Name>;
    return (
      typeof draft.baseRevision === 'number' &&
      typeof draft.fields === 'object' &&
      draft.fields !== null &&
      names.every((name) => typeof draft.fields[name] === 'string')
    );
  };
}

/** The form's text fields as typed. */
export const fieldsOf = <Name extends string>(form: FormData, names: readonly Name[]) =>
  Object.fromEntries(names.map((name) => [name, String(form.get(name) ?? '')])) as Record<Name, string>;

/** Says a draft kept on the device is back in the form, with a button to throw it away. */
export function DraftBackNotice({ onDiscard }: { onDiscard: () => void }) {
  return (
    <div className="notice" role="status">
      <p>Your words not yet saved are back in the form. They are kept on this device until you save them.</p>
      <button type="button" className="button button--secondary" onClick={onDiscard}>
        Discard them
      </button>
    </div>
  );
}
