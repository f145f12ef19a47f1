import { describe, expect, it } from 'vitest';
import { ACCOUNT_ROLES } from './account-role';
import { claimedUsername, isDomainAllowed, isStaffRole } from './staff-sign-in';

describe('staff sign-in rules', () => {
  it('counts workers, managers, researchers and administrators as staff, never people, carers or students', () => {
    expect(ACCOUNT_ROLES.filter(isStaffRole)).toEqual(['worker', 'team_manager', 'researcher', 'admin']);
  });

  it('lets any identity through when no domains are configured', () => {
    expect(isDomainAllowed({}, [])).toBe(true);
  });

  it('allows only a verified email in a configured domain', () => {
    const domains = ['nhs.net', 'trust.example.org'];
    expect(isDomainAllowed({ email: 'Sam@NHS.net', email_verified: true }, domains)).toBe(true);
    expect(isDomainAllowed({ email: 'sam@nhs.net', email_verified: false }, domains)).toBe(false);
    expect(isDomainAllowed({ email: 'sam@nhs.net.evil.example', email_verified: true }, domains)).toBe(false);
    expect(isDomainAllowed({ email_verified: true }, domains)).toBe(false);
  });

  it('reads the username claim, and an email only once verified', () => {
    expect(claimedUsername({ preferred_username: ' Sam.Jones ' }, 'preferred_username')).toBe('sam.jones');
    expect(claimedUsername({ email: 'sam@nhs.net', email_verified: true }, 'email')).toBe('sam@nhs.net');
    expect(claimedUsername({ email: 'sam@nhs.net' }, 'email')).toBeNull();
    expect(claimedUsername({ upn: 42 }, 'upn')).toBeNull();
  });
});
