import { useRef, useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { STUDENT_KIND_LABELS, STUDENT_KINDS, type StudentKind } from '../../../../shared/api/college.responses';
import { usePageTitle } from '../../../hooks/use-page-title';
import { ErrorMessage } from '../../../ui/error-message';
import { SelectField } from '../../../ui/fields/select-field';
import { TextField } from '../../../ui/fields/text-field';
import { useSession } from '../../session/api/use-session';
import { useSignIn } from '../../session/api/use-sign-in';
import { useJoinCollege, useRegisterStudent } from '../api/college-mutations';

/**
 * Signing up to the Recovery College. Someone new chooses a username and password; someone already
 * signed in (a service user, a carer, a worker) only adds what the college needs to know.
 */
export function JoinCollegePage() {
  usePageTitle('Join the Recovery College');
  const session = useSession();
  const register = useRegisterStudent();
  const join = useJoinCollege();
  const signIn = useSignIn();
  const navigate = useNavigate();
  const errorRef = useRef<HTMLDivElement>(null);
  const [missing, setMissing] = useState<string | null>(null);
  const isSignedIn = Boolean(session.data);
  const failed = register.error ?? join.error ?? signIn.error;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const value = (name: string) => String(form.get(name) ?? '').trim();
    const details = { name: value('name'), email: value('email'), kind: value('kind') as StudentKind };
    const empty = [
      ['name', 'your name'],
      ['email', 'your email address'],
      ['kind', 'what describes you best'],
      ...(isSignedIn
        ? []
        : [
            ['username', 'a username'],
            ['password', 'a password'],
          ]),
    ].find(([name]) => !value(name!));
    if (empty) {
      setMissing(`Give ${empty[1]}.`);
      errorRef.current?.focus();
      return;
    }
    setMissing(null);
    const done = () => void navigate('/college', { replace: true });
    const onError = () => errorRef.current?.focus();
    if (isSignedIn) {
      join.mutate(details, { onSuccess: done, onError });
      return;
    }
    const username = value('username');
    const password = String(form.get('password') ?? '');
    register.mutate(
      { ...details, username, password },
      { onSuccess: () => signIn.mutate({ username, password }, { onSuccess: done, onError }), onError },
    );
  };

  const pending = register.isPending || join.isPending || signIn.isPending;
  return (
    <div className="narrow">
      <h1>Join the Recovery College</h1>
      <p className="lead">
        Anyone can be a student: people who use services, carers, family and friends, staff, and anyone else. You do not
        need a referral, and we do not ask about your health.
      </p>
      <div ref={errorRef} tabIndex={-1}>
        {missing && (
          <div className="notice notice--error" role="alert">
            <p>{missing}</p>
          </div>
        )}
        {failed && <ErrorMessage error={failed} title="You could not be signed up" />}
      </div>
      <form className="form card" onSubmit={onSubmit} noValidate>
        <TextField label="Your name" name="name" autoComplete="name" hint="As you would like trainers to call you." />
        <TextField
          label="Email"
          name="email"
          type="email"
          autoComplete="email"
          hint="For places offered to you and reminders of sessions. We never put anything about your health in an email."
        />
        <SelectField
          label="Which describes you best?"
          name="kind"
          placeholder="Choose one"
          hint="Only for the college’s figures; no one is told."
          options={STUDENT_KINDS.map((kind) => ({ value: kind, label: STUDENT_KIND_LABELS[kind] }))}
        />
        {!isSignedIn && (
          <>
            <TextField
              label="Username"
              name="username"
              autoComplete="username"
              autoCapitalize="none"
              spellCheck={false}
            />
            <TextField
              label="Password"
              name="password"
              type="password"
              autoComplete="new-password"
              hint="At least 10 characters; a few words you will remember are best."
            />
          </>
        )}
        <button type="submit" className="button" disabled={pending}>
          {pending ? 'Signing up…' : 'Sign up'}
        </button>
      </form>
      {!isSignedIn && (
        <p className="muted">
          Already have an account? <Link to="/sign-in">Sign in</Link>.
        </p>
      )}
    </div>
  );
}
