import { useEffect, useRef, useState } from 'react';
import { useAnnounce } from '../ui/live-announcer';

/**
 * What a small form needs after it is sent: a success message, announced in the live region and
 * focused once it is on screen, so keyboard users are not left on a disabled button.
 */
export function useFormResult() {
  const [success, setSuccess] = useState<string | null>(null);
  const [successCount, setSuccessCount] = useState(0);
  const feedbackRef = useRef<HTMLParagraphElement>(null);
  const announce = useAnnounce();
  useEffect(() => {
    if (successCount > 0) feedbackRef.current?.focus();
  }, [successCount]);
  return {
    success,
    feedbackRef,
    reset: () => setSuccess(null),
    succeeded: (message: string, form?: HTMLFormElement) => {
      form?.reset();
      setSuccess(message);
      setSuccessCount((n) => n + 1);
      announce(message);
    },
  };
}
