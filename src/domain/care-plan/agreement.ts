/** The two signatures that make a version agreed. */
export const SIGNER_KINDS = ['person', 'care_coordinator'] as const;
export type SignerKind = (typeof SIGNER_KINDS)[number];

export type AgreementState = 'not_signed' | 'signed_by_person' | 'signed_by_care_coordinator' | 'agreed';

/**
 * A version is agreed when the person and their care coordinator have both signed it: the plan is
 * written with the person, so neither side's signature alone makes it the agreed plan (CPA/CTP).
 */
export function agreementState(signers: readonly SignerKind[]): AgreementState {
  const byPerson = signers.includes('person');
  const byCoordinator = signers.includes('care_coordinator');
  if (byPerson && byCoordinator) return 'agreed';
  if (byPerson) return 'signed_by_person';
  return byCoordinator ? 'signed_by_care_coordinator' : 'not_signed';
}

/** The latest version both sides signed, or null when none has been agreed yet. */
export function latestAgreedVersion(signatures: readonly { version: number; signerKind: SignerKind }[]): number | null {
  const byVersion = new Map<number, SignerKind[]>();
  for (const { version, signerKind } of signatures)
    byVersion.set(version, [...(byVersion.get(version) ?? []), signerKind]);
  const agreed = [...byVersion]
    .filter(([, signers]) => agreementState(signers) === 'agreed')
    .map(([version]) => version);
  return agreed.length === 0 ? null : Math.max(...agreed);
}
