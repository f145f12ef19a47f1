import { useEffect, useRef } from 'react';

/**
 * After a form is sent, moves keyboard and screen-reader focus to what happened: the success
 * message once it shows, or the first error inside the form. Attach `doneRef` to the message
 * (with tabIndex -1) and `formRef` to the form.
 */
export function useFocusOutcome<Done extends HTMLElement>(outcome: { isSuccess: boolean; isError: boolean }) {
  const doneRef = useRef<Done>(null);
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (outcome.isSuccess) doneRef.current?.focus();
    if (outcome.isError) formRef.current?.querySelector<HTMLElement>('[role="alert"]')?.focus();
  }, [outcome.isSuccess, outcome.isError]);
  return { doneRef, formRef };
}
