import { usePageTitle } from '../../../hooks/use-page-title';
import { ChangePasswordForm } from '../components/change-password-form';

/** After an administrator reset the password: nothing else opens until a new one is chosen. */
export function ChoosePasswordPage() {
  usePageTitle('Choose a new password');
  return (
    <>
      <h1>Choose a new password</h1>
      <p className="lead">
        Your password was reset by an administrator. Choose a new one that only you know before you go on.
      </p>
      <ChangePasswordForm currentLabel="Password you were given" />
    </>
  );
}
