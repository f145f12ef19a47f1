import { useState, type FormEvent } from 'react';
import { ErrorMessage } from '../../../ui/error-message';
import { TextField } from '../../../ui/fields/text-field';
import { LoadingMessage } from '../../../ui/loading-message';
import { QrCode } from '../../../ui/qr-code';
import {
  useConfirmSecondFactor,
  useFinishSetup,
  useRemoveSecondFactor,
  useSecondFactorStatus,
  useStartSecondFactor,
} from '../api/use-second-factor';

/**
 * Your code from an authenticator app: whether you use one, setting it up (QR code, or the key to
 * type), the recovery codes shown once, and removing it where your role does not require it.
 */
export function SecondFactorSetup() {
  const status = useSecondFactorStatus();
  const start = useStartSecondFactor();
  const confirm = useConfirmSecondFactor();
  const remove = useRemoveSecondFactor();
  const finish = useFinishSetup();
  const [codes, setCodes] = useState<string[] | null>(null);

  if (status.isPending) return <LoadingMessage what="your sign-in settings" />;
  if (status.isError) return <ErrorMessage error={status.error} />;
  if (!status.data.canEnrol) return null;

  if (codes)
    return (
      <div className="notice notice--success" role="status">
        <p className="notice__title">Your authenticator app is set up. Keep these recovery codes somewhere safe.</p>
        <p>
          If you lose your phone, each code signs you in once instead of the app. They are shown only now: print them or
          write them down.
        </p>
        <ul className="recovery-codes" aria-label="Recovery codes">
          {codes.map((code) => (
            <li key={code}>
              <code>{code}</code>
            </li>
          ))}
        </ul>
        <button type="button" className="button" onClick={() => void finish().then(() => setCodes(null))}>
          I have kept my recovery codes
        </button>
      </div>
    );

  if (status.data.isEnrolled)
    return (
      <>
        <p>
          You sign in with your password and a code from your authenticator app. You have{' '}
          {status.data.recoveryCodesLeft} recovery code{status.data.recoveryCodesLeft === 1 ? '' : 's'} left.
        </p>
        {!status.data.isRequired && (
          <button
            type="button"
            className="button button--secondary"
            disabled={remove.isPending}
            onClick={() => {
              if (window.confirm('Stop using the authenticator app? Your password alone will sign you in.'))
                remove.mutate();
            }}
          >
            Stop using the authenticator app
          </button>
        )}
        {remove.isError && <ErrorMessage error={remove.error} />}
      </>
    );

  const onConfirm = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const code = String(new FormData(event.currentTarget).get('code') ?? '').trim();
    confirm.mutate({ code }, { onSuccess: (result) => setCodes(result.recoveryCodes) });
  };

  return (
    <>
      <p>
        {status.data.isRequired
          ? 'Your service asks everyone in your role to use a code from an authenticator app as well as a password.'
          : 'Add a code from an authenticator app on your phone, so that your password alone cannot open Tandem.'}
      </p>
      {!start.data ? (
        <button type="button" className="button" onClick={() => start.mutate()} disabled={start.isPending}>
          Set up an authenticator app
        </button>
      ) : (
        <div className="card">
          <ol>
            <li>Open an authenticator app on your phone and add an account with this QR code.</li>
            <li>Enter the six-digit code the app then shows.</li>
          </ol>
          <QrCode value={start.data.otpauthUri} label="QR code to add Tandem to your authenticator app" />
          <p>
            Cannot scan it? Type this key into the app: <code className="secret-key">{start.data.secret}</code>
          </p>
          <form className="form" onSubmit={onConfirm} noValidate>
            {confirm.isError && <ErrorMessage error={confirm.error} title="That did not work" />}
            <TextField
              label="Code from your authenticator app"
              name="code"
              hint="Six digits."
              inputMode="numeric"
              autoComplete="one-time-code"
              required
            />
            <button type="submit" className="button" disabled={confirm.isPending}>
              Turn on
            </button>
          </form>
        </div>
      )}
      {start.isError && <ErrorMessage error={start.error} />}
    </>
  );
}
