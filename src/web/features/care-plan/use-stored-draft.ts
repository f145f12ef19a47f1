import { useSession } from '../session/api/use-session';
import type { StoredSectionDraft } from './components/section-editor';
import { useAccountDraft } from '../../hooks/use-account-draft';

const isSectionDraft = (value: unknown): value is StoredSectionDraft =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as StoredSectionDraft).text === 'string' &&
  typeof (value as StoredSectionDraft).baseVersion === 'number';

/**
 * A section draft kept in the browser under the signed-in account, with the version it started
 * from, so text typed into the plan survives a reload; it is cleared once the server has the text,
 * and with every other draft of the account on sign-out.
 */
export function useStoredDraft(name: string) {
  return useAccountDraft(useSession().data?.me.accountId ?? null, name, isSectionDraft);
}
