import { useState, type FormEvent } from 'react';
import { REFLECTION_THEMES, WOULD_DO_AGAIN } from '../../../../shared/api/labels';
import type { ReflectionTheme, WouldDoAgain } from '../../../../shared/api/reflections.responses';
import { isApiRequestError } from '../../../api-client/api-request-error';
import { useAccountDraft } from '../../../hooks/use-account-draft';
import { ErrorMessage } from '../../../ui/error-message';
import { ChoiceGroup } from '../../../ui/fields/choice-group';
import { REFLECTION_LIMITS } from '../../../../shared/api/reflections.schema';
import { TextAreaField } from '../../../ui/fields/text-area-field';
import { useAnnounce } from '../../../ui/live-announcer';
import { useWriteReflection } from '../api/use-reflections';
import { THEME_LABELS, WOULD_DO_AGAIN_LABELS } from '../reflection-labels';

interface ReflectionDraft {
  theme: ReflectionTheme | null;
  whatIShared: string;
  why: string;
  whatHappened: string;
  wouldDoAgain: WouldDoAgain | null;
  wouldDoAgainNote: string;
}
const EMPTY: ReflectionDraft = {
  theme: null,
  whatIShared: '',
  why: '',
  whatHappened: '',
  wouldDoAgain: null,
  wouldDoAgainNote: '',
};
const isDraft = (value: unknown): value is ReflectionDraft =>
  typeof value === 'object' && value !== null && 'whatIShared' in value && 'wouldDoAgain' in value;

/** Names the server found from the worker's caseload, when that is why the entry was sent back. */
const caseloadNamesOf = (error: unknown): string[] | null => {
  if (!isApiRequestError(error)) return null;
  const names = error.details.caseloadNames;
  return Array.isArray(names) ? names.map(String) : null;
};

/**
 * A new entry in the worker's own log, with the research's prompts. The draft is kept in the
 * browser for this account until it is saved; a name from the caseload is warned about before saving.
 */
export function ReflectionForm({ accountId }: { accountId: string }) {
  const { draft, setDraft, clearDraft } = useAccountDraft(accountId, 'reflection.new', isDraft);
  const [values, setValues] = useState<ReflectionDraft>(draft ?? EMPTY);
  const [problem, setProblem] = useState<string | null>(null);
  const write = useWriteReflection();
  const announce = useAnnounce();
  const names = caseloadNamesOf(write.error);
  const update = (change: Partial<ReflectionDraft>) => {
    const next = { ...values, ...change };
    setValues(next);
    setDraft(next);
  };
  const submit = (keepNames: boolean) => {
    if (!values.theme || !values.wouldDoAgain || values.whatIShared.trim() === '') {
      setProblem('Choose what it is about, write what you shared or did, and say whether you would do it again.');
      return;
    }
    setProblem(null);
    write.mutate(
      {
        theme: values.theme,
        whatIShared: values.whatIShared,
        why: values.why,
        whatHappened: values.whatHappened,
        wouldDoAgain: values.wouldDoAgain,
        wouldDoAgainNote: values.wouldDoAgainNote || null,
        keepNames,
      },
      {
        onSuccess: () => {
          setValues(EMPTY);
          clearDraft();
          announce('Reflection saved. Only you can see it.');
        },
      },
    );
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    submit(false);
  };
  return (
    <form className="form card" onSubmit={onSubmit} aria-labelledby="new-reflection-heading">
      <h2 id="new-reflection-heading">Write a reflection</h2>
      <p className="notice notice--warning">
        Your reflective log is not part of anyone’s record. <strong>Do not name the people you support</strong>: write
        about what you did and why. Only you see an entry, unless you share it with your supervisor.
      </p>
      {problem && (
        <p className="notice notice--error" role="alert">
          {problem}
        </p>
      )}
      {names && (
        <div className="notice notice--warning" role="alert">
          <p className="notice__title">This mentions {names.map((n) => `“${n}”`).join(', ')}</p>
          <p>
            That is a name from your caseload. Take it out, or save anyway if it is not about the person you support.
          </p>
          <button type="button" className="button button--secondary" onClick={() => submit(true)}>
            Save anyway
          </button>
        </div>
      )}
      {write.isError && !names && <ErrorMessage error={write.error} title="Reflection not saved" />}
      <ChoiceGroup
        legend="What is it about?"
        name="theme"
        options={REFLECTION_THEMES}
        labels={THEME_LABELS}
        value={values.theme}
        onChange={(theme) => update({ theme })}
      />
      <TextAreaField
        label="What did I share of myself, or do?"
        maxLength={REFLECTION_LIMITS.maxAnswerCharacters}
        value={values.whatIShared}
        onChange={(event) => update({ whatIShared: event.target.value })}
      />
      <TextAreaField
        label="Why?"
        maxLength={REFLECTION_LIMITS.maxAnswerCharacters}
        isOptional
        value={values.why}
        onChange={(event) => update({ why: event.target.value })}
      />
      <TextAreaField
        label="What happened?"
        maxLength={REFLECTION_LIMITS.maxAnswerCharacters}
        isOptional
        value={values.whatHappened}
        onChange={(event) => update({ whatHappened: event.target.value })}
      />
      <ChoiceGroup
        legend="Would I do it again?"
        name="wouldDoAgain"
        options={WOULD_DO_AGAIN}
        labels={WOULD_DO_AGAIN_LABELS}
        value={values.wouldDoAgain}
        onChange={(wouldDoAgain) => update({ wouldDoAgain })}
      />
      <TextAreaField
        label="Anything more about doing it again"
        maxLength={REFLECTION_LIMITS.maxAnswerCharacters}
        isOptional
        value={values.wouldDoAgainNote}
        onChange={(event) => update({ wouldDoAgainNote: event.target.value })}
      />
      <button type="submit" className="button" disabled={write.isPending}>
        Save privately
      </button>
    </form>
  );
}
