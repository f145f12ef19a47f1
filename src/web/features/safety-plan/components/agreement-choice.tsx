import { useAnnounce } from '../../../ui/live-announcer';
import { ErrorMessage } from '../../../ui/error-message';
import { useChooseSafetyPlanAgreement, useSafetyPlanAgreement } from '../api/use-safety-plan-agreement';

/**
 * Whether the care team must agree each version of the safety plan. The person chooses; everyone
 * else is told what they chose. Returns whether agreement is needed, through `children`.
 */
export function AgreementChoice({
  personId,
  isSelf,
  personName,
  children,
}: {
  personId: string;
  isSelf: boolean;
  personName: string;
  children: (teamMustAgree: boolean) => React.ReactNode;
}) {
  const choice = useSafetyPlanAgreement(personId);
  const choose = useChooseSafetyPlanAgreement(personId);
  const announce = useAnnounce();
  const teamMustAgree = choice.data?.teamMustAgree ?? false;
  return (
    <>
      <section className="section" aria-labelledby="agreement-choice-heading">
        <h2 id="agreement-choice-heading">{isSelf ? 'Your plan, your choice' : 'Whose agreement it needs'}</h2>
        {choice.isError && <ErrorMessage error={choice.error} />}
        {isSelf ? (
          <>
            <p>
              This plan is yours: what you write here counts as soon as you save it. You can choose that your care team
              must also agree each version, by signing it.
            </p>
            <label className="choice">
              <input
                type="checkbox"
                checked={teamMustAgree}
                disabled={choice.isPending || choose.isPending}
                onChange={(event) =>
                  choose.mutate(event.currentTarget.checked, {
                    onSuccess: (answer) =>
                      announce(
                        answer.teamMustAgree
                          ? 'Your care team must now agree each version.'
                          : 'Your plan counts as you write it.',
                      ),
                  })
                }
              />{' '}
              My care team must agree each version
            </label>
            {choose.isError && <ErrorMessage error={choose.error} title="Your choice was not saved" />}
          </>
        ) : (
          <p>
            {teamMustAgree
              ? `${personName} asked that the care team agree each version of this plan: sign it when you agree.`
              : `This is ${personName}’s plan: it counts as they write it. You can propose changes; ${personName} decides.`}
          </p>
        )}
      </section>
      {children(teamMustAgree)}
    </>
  );
}
