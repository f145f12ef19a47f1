import { describe, expect, it } from 'vitest';
import { agreementState, latestAgreedVersion } from './agreement';

describe('agreementState', () => {
  it('is agreed only when the person and the care coordinator have both signed', () => {
    expect(agreementState([])).toBe('not_signed');
    expect(agreementState(['person'])).toBe('signed_by_person');
    expect(agreementState(['care_coordinator'])).toBe('signed_by_care_coordinator');
    expect(agreementState(['care_coordinator', 'person'])).toBe('agreed');
  });
});

describe('latestAgreedVersion', () => {
  it('finds the latest version both signed, ignoring half-signed later ones', () => {
    expect(latestAgreedVersion([])).toBeNull();
    expect(
      latestAgreedVersion([
        { version: 2, signerKind: 'person' },
        { version: 2, signerKind: 'care_coordinator' },
        { version: 4, signerKind: 'person' },
        { version: 3, signerKind: 'care_coordinator' },
      ]),
    ).toBe(2);
  });
});
