import { useCallback, useState } from 'react';
import { draftKey, readDraft, removeDraft, writeDraft } from './account-drafts';

/**
 * A draft of unsaved work kept in the browser under the signed-in account, so it survives a reload,
 * a lapsed session and signing in again, and is never offered to another account.
 *
 * @example const { draft, setDraft, clearDraft } = useAccountDraft(me.accountId, `meeting.${personId}`, isMeetingDraft);
 */
export function useAccountDraft<T>(accountId: string | null, name: string, isValid: (value: unknown) => value is T) {
  const key = accountId ? draftKey(accountId, name) : null;
  const [draft, setDraftState] = useState<T | null>(() => (key ? readDraft(key, isValid) : null));
  const setDraft = useCallback(
    (next: T) => {
      setDraftState(next);
      if (key) writeDraft(key, next);
    },
    [key],
  );
  const clearDraft = useCallback(() => {
    setDraftState(null);
    if (key) removeDraft(key);
  }, [key]);
  return { draft, setDraft, clearDraft };
}
