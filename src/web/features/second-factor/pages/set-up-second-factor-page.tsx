import { usePageTitle } from '../../../hooks/use-page-title';
import { SecondFactorSetup } from '../components/second-factor-setup';

/** When the role requires a second factor not yet set up: nothing else opens until it is. */
export function SetUpSecondFactorPage() {
  usePageTitle('Set up your authenticator app');
  return (
    <>
      <h1>Set up your authenticator app</h1>
      <SecondFactorSetup />
    </>
  );
}
