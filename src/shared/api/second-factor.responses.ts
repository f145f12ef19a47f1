import type { AccountRole } from './labels';

// A second factor for staff.

export interface SecondFactorStatusResponse {
  isEnrolled: boolean;
  isRequired: boolean;
  recoveryCodesLeft: number;
  /** Staff accounts only. */
  canEnrol: boolean;
}

/** A secret not yet in force: scan the QR code of `otpauthUri`, or type `secret`. */
export interface SecondFactorEnrolmentResponse {
  secret: string;
  otpauthUri: string;
}

/** Shown once, when the second factor is set up. */
export interface RecoveryCodesResponse {
  recoveryCodes: string[];
}

export interface SecondFactorRequirementsResponse {
  roles: { role: AccountRole; isRequired: boolean }[];
}
