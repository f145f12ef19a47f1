import type { CarePlanResponse, SignerKind } from '../../../../shared/api/care-plan.responses';
import { useSignCarePlan } from '../api/use-care-plan-changes';
import { formatDateTime } from '../../../ui/format/format-date';
import { ErrorMessage } from '../../../ui/error-message';
import { useAnnounce } from '../../../ui/live-announcer';

const SIGNER_LABELS: Record<SignerKind, string> = { person: 'service user', care_coordinator: 'care coordinator' };

const STATE_TEXT: Record<CarePlanResponse['agreement']['state'], string> = {
  not_signed: 'Nobody has signed this version yet.',
  signed_by_person: 'Signed by the person; waiting for the care coordinator.',
  signed_by_care_coordinator: 'Signed by the care coordinator; waiting for the person.',
  agreed: 'Agreed: both sides have signed this version.',
};

/** Which version is being agreed, who has signed it, and a button for whoever may sign now. */
export function AgreementPanel({ plan }: { plan: CarePlanResponse }) {
  const sign = useSignCarePlan(plan.personId);
  const announce = useAnnounce();
  const { signAs } = plan.access;
  // Signed by this viewer, not by whoever held the role before: a new care coordinator signs too.
  const hasSigned = plan.agreement.signatures.some((signature) => signature.isYours);
  const predecessor =
    signAs === 'care_coordinator' && !hasSigned
      ? plan.agreement.signatures.find((s) => s.signerKind === 'care_coordinator')
      : undefined;
  return (
    <section className="section card" aria-labelledby="agreement-heading">
      <h2 id="agreement-heading">Agreement</h2>
      <p>
        This is version {plan.version}. {STATE_TEXT[plan.agreement.state]}
      </p>
      {plan.latestAgreedVersion !== null && plan.latestAgreedVersion !== plan.version && (
        <p className="small">The last version both sides agreed was version {plan.latestAgreedVersion}.</p>
      )}
      {plan.agreement.signatures.length > 0 && (
        <ul className="plain-list">
          {plan.agreement.signatures.map((signature) => (
            <li key={`${signature.signerKind}-${signature.signedAt}`}>
              Signed by {signature.isYours ? 'you' : signature.name} ({SIGNER_LABELS[signature.signerKind]}),{' '}
              {formatDateTime(signature.signedAt)}
            </li>
          ))}
        </ul>
      )}
      {sign.isError && <ErrorMessage error={sign.error} title="Not signed" />}
      {predecessor && (
        <p className="small">
          {predecessor.name} signed this version as care coordinator before you took over. You can sign it too, so the
          plan shows that you agree with it.
        </p>
      )}
      {signAs && !hasSigned && plan.version > 0 && (
        <button
          type="button"
          className="button"
          disabled={sign.isPending}
          onClick={() =>
            sign.mutate(plan.version, { onSuccess: () => announce(`You signed version ${plan.version}.`) })
          }
        >
          Sign this version
        </button>
      )}
      {signAs && hasSigned && <p className="small">You have signed this version.</p>}
    </section>
  );
}
