import { useRef, useState, type FormEvent } from 'react';
import { Navigate, useLocation, useNavigate, useSearchParams } from 'react-router';
import { SSO_FAILURE_MESSAGES } from '../../../../shared/api/sso.responses';
import type { SessionResponse } from '../../../../shared/api/sessions.responses';
import { useSsoSettings } from '../api/use-sso-settings';
import { SecondFactorForm } from '../components/second-factor-form';
import { useSession } from '../api/use-session';
import { useSignIn } from '../api/use-sign-in';
import { ErrorMessage } from '../../../ui/error-message';
import { canOpen } from '../../../app-pages';
import { homePath } from '../../navigation/home-path';
import { TextField } from '../../../ui/fields/text-field';
import { usePageTitle } from '../../../hooks/use-page-title';
import { signedOutReason } from '../../../hooks/signed-out-reason';
import { tabAccount } from '../../../hooks/tab-account';

/**
 * Username and password, then a code for accounts with a second factor; or, for staff where it is
 * set up, the organisation's own sign-in. Errors never say whether a username exists.
 */
export function SignInPage() {
  usePageTitle('Sign in');
  const session = useSession();
  const signIn = useSignIn();
  const navigate = useNavigate();
  const location = useLocation();
  const [missing, setMissing] = useState<string | null>(null);
  const errorRef = useRef<HTMLDivElement>(null);
  const from = (location.state as { from?: unknown } | null)?.from;
  // Read on every render: a reload lands here before GET /me has said the session ended.
  const reason = signedOutReason.get();
  // Who was signed in in this tab before, read before this sign-in replaces it.
  const [previousAccount] = useState(tabAccount.get);
  const [challenge, setChallenge] = useState<string | null>(null);
  const [searchParams] = useSearchParams();
  const ssoFailure = SSO_FAILURE_MESSAGES[searchParams.get('sso') ?? ''];
  const sso = useSsoSettings();

  if (session.data && !signIn.isPending && !signIn.isSuccess && !challenge)
    return <Navigate to={homePath(session.data.me.role)} replace />;

  const goOn = ({ me }: SessionResponse) => {
    signedOutReason.set(null);
    // Back to where sign-in was asked for, unless this account cannot open it, or the page was another
    // account's (the person before on a shared device): nothing of theirs is opened for the next one.
    const isSameAccount = previousAccount === null || previousAccount === me.accountId;
    const back = isSameAccount && typeof from === 'string' && from.startsWith('/') && canOpen(me, from) ? from : null;
    void navigate(back ?? homePath(me.role), { replace: true });
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const username = String(form.get('username') ?? '').trim();
    const password = String(form.get('password') ?? '');
    if (!username || !password) {
      setMissing(!username ? 'Enter your username.' : 'Enter your password.');
      return;
    }
    setMissing(null);
    signIn.mutate(
      { username, password },
      {
        onSuccess: (answer) => ('me' in answer ? goOn(answer) : setChallenge(answer.challenge)),
        onError: () => errorRef.current?.focus(),
      },
    );
  };

  if (challenge)
    return (
      <div className="narrow">
        <h1>Enter your code</h1>
        <p className="lead">
          Your password is right. Now open your authenticator app and enter the code it shows for Tandem.
        </p>
        <SecondFactorForm
          challenge={challenge}
          onSignedIn={goOn}
          onRestart={() => {
            signIn.reset();
            setChallenge(null);
          }}
        />
      </div>
    );

  return (
    <div className="narrow">
      <h1>Sign in to Tandem</h1>
      {ssoFailure && (
        <div className="notice notice--error" role="alert">
          <p className="notice__title">You are not signed in</p>
          <p>{ssoFailure}</p>
        </div>
      )}
      {reason === 'session_ended' && (
        <div className="notice notice--info">
          <p className="notice__title">You were signed out because Tandem had not heard from you for a while.</p>
          <p>
            This keeps people’s records safe on a screen left open. Anything you had not saved yet is kept on this
            device: sign in again to carry on where you were.
          </p>
        </div>
      )}
      {reason === 'signed_out' && (
        <p className="notice notice--info">You have signed out. Nothing you typed is left on this device.</p>
      )}
      <div ref={errorRef} tabIndex={-1}>
        {missing && (
          <div className="notice notice--error" role="alert">
            <p>{missing}</p>
          </div>
        )}
        {signIn.isError && <ErrorMessage error={signIn.error} title="You could not be signed in" />}
      </div>
      <form className="form card" onSubmit={onSubmit} noValidate>
        <TextField
          label="Username"
          name="username"
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          required
        />
        <TextField label="Password" name="password" type="password" autoComplete="current-password" required />
        <button type="submit" className="button" disabled={signIn.isPending}>
          {signIn.isPending ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
      <p className="muted">If you have forgotten your password, ask your service’s Tandem administrator to reset it.</p>
      {sso.data?.isEnabled && (
        <section aria-labelledby="sso-heading" className="section">
          <h2 id="sso-heading">Staff</h2>
          <p>Workers, managers, researchers and administrators can sign in with {sso.data.label} instead.</p>
          {/* A full page visit, not a fetch: the browser goes to the organisation's sign-in and comes back. */}
          <a className="button button--secondary" href="/api/v1/sso/start">
            Sign in with {sso.data.label}
          </a>
        </section>
      )}
    </div>
  );
}
