import { useRef, useState, type FormEvent } from 'react';
import { ErrorMessage } from '../../../ui/error-message';
import { TextField } from '../../../ui/fields/text-field';
import type { SessionResponse } from '../../../../shared/api/sessions.responses';
import { isApiRequestError } from '../../../api-client/api-request-error';
import { useCompleteSignIn } from '../api/use-sign-in';

interface SecondFactorFormProps {
  challenge: string;
  onSignedIn: (session: SessionResponse) => void;
  /** The challenge ended (too many wrong codes, or too slow): back to the password. */
  onRestart: () => void;
}

/** The second step of signing in: the six digits the authenticator app shows, or one recovery code. */
export function SecondFactorForm({ challenge, onSignedIn, onRestart }: SecondFactorFormProps) {
  const complete = useCompleteSignIn();
  const [isRecovery, setIsRecovery] = useState(false);
  const [missing, setMissing] = useState<string | null>(null);
  const errorRef = useRef<HTMLDivElement>(null);
  const mustRestart =
    isApiRequestError(complete.error) && Boolean((complete.error.details as { restart?: boolean }).restart);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const value = String(new FormData(event.currentTarget).get('code') ?? '').trim();
    if (!value) {
      setMissing(isRecovery ? 'Enter one of your recovery codes.' : 'Enter the code the app shows.');
      errorRef.current?.focus();
      return;
    }
    setMissing(null);
    complete.mutate(isRecovery ? { challenge, recoveryCode: value } : { challenge, code: value }, {
      onSuccess: onSignedIn,
      onError: () => errorRef.current?.focus(),
    });
  };

  return (
    <>
      <div ref={errorRef} tabIndex={-1}>
        {missing && (
          <div className="notice notice--error" role="alert">
            <p>{missing}</p>
          </div>
        )}
        {complete.isError && <ErrorMessage error={complete.error} title="You could not be signed in" />}
      </div>
      {mustRestart ? (
        <button type="button" className="button" onClick={onRestart}>
          Sign in again
        </button>
      ) : (
        <form className="form card" onSubmit={onSubmit} noValidate key={isRecovery ? 'recovery' : 'code'}>
          {isRecovery ? (
            <TextField
              label="Recovery code"
              name="code"
              hint="One of the codes you kept when you set up the app, such as abcde-23456. Each works once."
              autoComplete="off"
              autoCapitalize="none"
              spellCheck={false}
              required
            />
          ) : (
            <TextField
              label="Code from your authenticator app"
              name="code"
              hint="Six digits. The app shows a new code every 30 seconds."
              inputMode="numeric"
              autoComplete="one-time-code"
              required
            />
          )}
          <button type="submit" className="button" disabled={complete.isPending}>
            {complete.isPending ? 'Checking…' : 'Sign in'}
          </button>
          <button type="button" className="button button--secondary" onClick={() => setIsRecovery(!isRecovery)}>
            {isRecovery ? 'Use the code from the app instead' : 'Use a recovery code instead'}
          </button>
        </form>
      )}
    </>
  );
}
