import { useRef } from 'react';

/** 128 random bits as letters and digits; getRandomValues works on plain http too (a tablet on the local network). */
function newSubmissionKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * The idempotency key of a form's current submission: the same for every send until one succeeds,
 * so a double click or a retry after a dropped answer never creates a second record; a new one
 * after each success, for the next submission.
 */
export function useSubmissionKey(): { current: () => string; renew: () => void } {
  const key = useRef<string | null>(null);
  return {
    current: () => (key.current ??= newSubmissionKey()),
    renew: () => {
      key.current = null;
    },
  };
}
