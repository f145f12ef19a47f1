import { useEffect } from 'react';
import { useBlocker } from 'react-router';

/**
 * Asks before a page with unsaved work is left: the browser's own question on reload or closing the
 * tab, and a confirmation on Back or any link inside Tandem.
 */
export function useUnsavedWarning(isDirty: boolean, question: string): void {
  useEffect(() => {
    if (!isDirty) return undefined;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older browsers show the question only when this is set.
      event.returnValue = question;
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [isDirty, question]);

  // Going to sign in after the session ended is not leaving: the work is kept for after signing in.
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      isDirty && currentLocation.pathname !== nextLocation.pathname && nextLocation.pathname !== '/sign-in',
  );
  useEffect(() => {
    if (blocker.state !== 'blocked') return;
    if (window.confirm(question)) blocker.proceed();
    else blocker.reset();
  }, [blocker, question]);
}
