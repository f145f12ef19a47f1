import type { QuestionnaireAnswersBody } from '../../../shared/api/questionnaires.schema';

type ItemAnswer = QuestionnaireAnswersBody['answers'][number];

/** Unfinished answers kept on this device, with the server revision they were based on. */
export interface DeviceDraft {
  answers: ItemAnswer[];
  revision: number;
}

const PREFIX = 'tandem.questionnaire-draft.';
const keyOf = (accountId: string, invitationId: string) => `${PREFIX}${accountId}.${invitationId}`;

/** The draft this account keeps on this device for one questionnaire, if any. */
export function readDeviceDraft(accountId: string, invitationId: string): DeviceDraft | null {
  try {
    const stored = window.localStorage.getItem(keyOf(accountId, invitationId));
    if (stored === null) return null;
    const parsed = JSON.parse(stored) as Partial<DeviceDraft>;
    return Array.isArray(parsed.answers) && typeof parsed.revision === 'number'
      ? { answers: parsed.answers, revision: parsed.revision }
      : null;
  } catch {
    // Storage can be blocked (private mode) or hold something else: the server's draft is used.
    return null;
  }
}

export function writeDeviceDraft(accountId: string, invitationId: string, draft: DeviceDraft): void {
  try {
    window.localStorage.setItem(keyOf(accountId, invitationId), JSON.stringify(draft));
  } catch {
    // The server keeps the draft too.
  }
}

export function clearDeviceDraft(accountId: string, invitationId: string): void {
  try {
    window.localStorage.removeItem(keyOf(accountId, invitationId));
  } catch {
    // Nothing stored, nothing to clear.
  }
}

/** Every questionnaire draft of one account on this device: on sign-out, so a shared device keeps nothing. */
export function clearDeviceDraftsOf(accountId: string): void {
  try {
    const mine = `${PREFIX}${accountId}.`;
    const keys = Array.from({ length: window.localStorage.length }, (_, i) => window.localStorage.key(i)).filter(
      (key): key is string => key?.startsWith(mine) === true,
    );
    for (const key of keys) window.localStorage.removeItem(key);
  } catch {
    // Nothing stored, nothing to clear.
  }
}
