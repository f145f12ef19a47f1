import type { Me } from '../../../../shared/api/sessions.responses';
import { usePageTitle } from '../../../hooks/use-page-title';
import { ChangePasswordForm } from '../components/change-password-form';
import { OwnSessionsList } from '../components/own-sessions-list';
import { SecondFactorSetup } from '../../second-factor/components/second-factor-setup';
import { isStaffRole } from '../../second-factor/is-staff-role';

/** Your account: your password, and the devices you are signed in on. */
export function AccountPage({ me }: { me: Me }) {
  usePageTitle('Your account');
  return (
    <>
      <h1>Your account</h1>
      <p className="lead">You are signed in as {me.username}.</p>
      <section aria-labelledby="sessions-heading" className="section">
        <h2 id="sessions-heading">Where you are signed in</h2>
        <p className="muted">If you see a device you do not recognise, sign it out and change your password.</p>
        <OwnSessionsList />
      </section>
      <section aria-labelledby="password-heading" className="section">
        <h2 id="password-heading">Change your password</h2>
        <ChangePasswordForm />
      </section>
      {isStaffRole(me.role) && (
        <section aria-labelledby="second-factor-heading" className="section">
          <h2 id="second-factor-heading">Code from an authenticator app</h2>
          <SecondFactorSetup />
        </section>
      )}
    </>
  );
}
