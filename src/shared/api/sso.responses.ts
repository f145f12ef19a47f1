// Single sign-on for staff: whether it is on, and what the sign-in page says when it fails.

export interface SsoSettingsResponse {
  isEnabled: boolean;
  /** "Sign in with {label}". */
  label: string | null;
}

/** The reasons a single sign-on can fail, as the sign-in page receives them (`/sign-in?sso=…`). */
export const SSO_FAILURE_MESSAGES: Record<string, string> = {
  unavailable:
    'The organisation’s sign-in service could not be reached. Try again in a few minutes, or sign in with your Tandem password.',
  denied: 'The organisation’s sign-in service did not sign you in. Try again if you cancelled by mistake.',
  rejected:
    'The answer from the organisation’s sign-in service did not check out, so you are not signed in. Try again; if it happens again, tell your administrator.',
  expired: 'That sign-in took too long. Start again.',
  replayed: 'That sign-in link cannot be used again. Start again from this page.',
  unknown_account:
    'You signed in with your organisation, but no Tandem staff account is linked to it. Ask your Tandem administrator to link your account.',
  domain_not_allowed: 'Accounts from that organisation may not sign in to Tandem.',
  not_configured:
    'Signing in through your organisation is not set up here. Sign in with your Tandem username and password.',
};
