import { useRef, useState } from 'react';
import { useAnnounce } from './live-announcer';

/**
 * What a small form needs after it is sent: a success message that takes focus and is announced,
 * and a way to move focus to the server's error.
 */
export function useFormResult() {
  const [success, setSuccess] = useState<string | null>(null);
  const feedbackRef = useRef<HTMLParagraphElement>(null);
  const announce = useAnnounce();
  const focusFeedback = () => requestAnimationFrame(() => feedbackRef.current?.focus());
  return {
    success,
    feedbackRef,
    reset: () => setSuccess(null),
    succeeded: (message: string, form?: HTMLFormElement) => {
      form?.reset();
      setSuccess(message);
      announce(message);
      focusFeedback();
    },
  };
}
