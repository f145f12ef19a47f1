import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { apiRequest, lastServerContactAt } from '../../../api-client/api-request';
import { hasStatus } from '../../../api-client/api-request-error';
import { csrfToken } from '../../../api-client/csrf-token';
import { sessionKeys } from '../keys';
import { signedOutReason } from '../../../hooks/signed-out-reason';

const CHECK_EVERY_MS = 5_000;

/**
 * Keeps the session alive while someone is typing into a form, and warns a few minutes before the
 * idle limit when nothing is being sent, with a button to carry on. When the limit has passed the
 * app goes to sign in, saying why; unsaved work stays on the device for the same account.
 */
export function SessionTimeoutWarning({ idleMinutes }: { idleMinutes: number }) {
  const queryClient = useQueryClient();
  const idleMs = idleMinutes * 60_000;
  // Warn five minutes ahead, or halfway through a short limit.
  const warnBeforeMs = Math.min(5 * 60_000, idleMs / 2);
  // The server writes a session's use down at most this often (resolve-session.ts).
  const touchMs = Math.min(60_000, idleMs / 4);
  const [remainingMs, setRemainingMs] = useState(idleMs);

  useEffect(() => {
    const ping = async () => {
      try {
        await apiRequest('GET', '/me');
        setRemainingMs(idleMs);
      } catch (error) {
        if (!hasStatus(error, 401)) return;
        signedOutReason.set('session_ended');
        csrfToken.set(null);
        queryClient.setQueryData(sessionKeys.me, null);
      }
    };
    const onTyping = () => {
      if (Date.now() - lastServerContactAt() > touchMs + 1_000) void ping();
    };
    const tick = () => {
      const left = lastServerContactAt() + idleMs - Date.now();
      setRemainingMs(left);
      // Only once the server has certainly ended it: asking earlier would keep it alive.
      if (left < -1_000) void ping();
    };
    document.addEventListener('input', onTyping, true);
    document.addEventListener('change', onTyping, true);
    const timer = window.setInterval(tick, CHECK_EVERY_MS);
    return () => {
      document.removeEventListener('input', onTyping, true);
      document.removeEventListener('change', onTyping, true);
      window.clearInterval(timer);
    };
  }, [idleMs, touchMs, queryClient]);

  if (remainingMs > warnBeforeMs) return null;
  const minutes = Math.max(1, Math.ceil(remainingMs / 60_000));
  return (
    <div className="notice notice--warning session-timeout" role="alert">
      <p className="notice__title">
        {remainingMs > 0
          ? `You will be signed out in about ${minutes === 1 ? 'a minute' : `${minutes} minutes`}`
          : 'You are being signed out'}
        , because nothing has been sent to Tandem for a while.
      </p>
      <p>Anything you have not saved stays on this device for you.</p>
      <button
        type="button"
        className="button"
        onClick={() =>
          void apiRequest('GET', '/me')
            .then(() => setRemainingMs(idleMs))
            .catch(() => undefined)
        }
      >
        Stay signed in
      </button>
    </div>
  );
}
