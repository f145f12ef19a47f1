import { useState, type FormEvent, type ReactNode } from 'react';
import { ACCOUNT_ROLE_LABELS, ACCOUNT_ROLES, type AccountRole } from '../../../../shared/api/labels';
import { SecondFactorRequirements } from '../../second-factor/components/second-factor-requirements';
import type { OrganisationResponse } from '../../../../shared/api/organisation.responses';
import type { AccountDto } from '../../../../shared/api/accounts.responses';
import { useAdminAccounts } from '../../account/api/use-admin-accounts';
import { AccountActions } from '../../account/components/account-actions';
import { ErrorMessage } from '../../../ui/error-message';
import { formatDateTime } from '../../../ui/format/format-date';
import { LoadingMessage } from '../../../ui/loading-message';
import { AdminCreateForm } from './admin-create-form';
import { AdminSection } from './admin-section';
import { formRequired, formText } from '../../../ui/fields/form-values';
import { SelectField, type SelectOption } from '../../../ui/fields/select-field';
import { SimpleTable } from '../../../ui/simple-table';
import { TextField } from '../../../ui/fields/text-field';
import { ORGANISATION_LIMITS as L } from '../../../../shared/api/organisation.schema';

/** Sign-in accounts, found by username or name a page at a time, and a form to add one. */
export function AdminAccountsSection({ organisation }: { organisation: OrganisationResponse }) {
  const [role, setRole] = useState<AccountRole | ''>('');
  const linkedOptions = role ? optionsFor(role, organisation) : [];
  const [typed, setTyped] = useState('');
  const [search, setSearch] = useState('');
  const accounts = useAdminAccounts(search);
  const shown = accounts.data?.pages.flatMap((page) => page.accounts) ?? [];
  const [issued, setIssued] = useState<{ username: string; temporaryPassword: string } | null>(null);
  const onSearch = (event: FormEvent) => {
    event.preventDefault();
    setSearch(typed.trim());
  };
  return (
    <>
      <AdminSection
        wide
        list={
          <>
            <div role="status">
              {issued && (
                <p className="notice notice--success">
                  Temporary password for {issued.username}: <code>{issued.temporaryPassword}</code>. Give it to them in
                  a safe way; they choose their own when they sign in. It is not shown again.
                </p>
              )}
            </div>
            <form className="form table-filter" role="search" onSubmit={onSearch}>
              <TextField
                label="Find an account"
                hint="Part of a username or of the name it signs in as."
                type="search"
                value={typed}
                onChange={(event) => setTyped(event.target.value)}
              />
              <button type="submit" className="button button--secondary">
                Find
              </button>
            </form>
            {accounts.isPending && <LoadingMessage what="accounts" />}
            {accounts.isError && <ErrorMessage error={accounts.error} />}
            {accounts.data && (
              <SimpleTable
                caption={search ? `Sign-in accounts matching “${search}”` : 'Sign-in accounts'}
                rows={shown}
                rowKey={(account) => account.id}
                columns={[
                  { header: 'Username', cell: (account) => account.username },
                  { header: 'Role', cell: (account) => ACCOUNT_ROLE_LABELS[account.role] },
                  {
                    header: 'Signs in as',
                    cell: (account) => (account.displayName === account.username ? '–' : account.displayName),
                  },
                  { header: 'Last signed in', cell: (account) => lastSignIn(account) },
                  { header: 'Status', cell: (account) => statusOf(account) },
                  { header: 'Staff sign-in', cell: (account) => staffSignInOf(account) },
                  {
                    header: 'Actions',
                    cell: (account) => (
                      <AccountActions
                        account={account}
                        managed={account}
                        onReset={(username, temporaryPassword) => setIssued({ username, temporaryPassword })}
                      />
                    ),
                  },
                ]}
                emptyText={search ? 'No account matches that.' : 'There are no accounts yet.'}
              />
            )}
            {accounts.hasNextPage && (
              <button
                type="button"
                className="button button--secondary"
                disabled={accounts.isFetchingNextPage}
                onClick={() => void accounts.fetchNextPage()}
              >
                {accounts.isFetchingNextPage ? 'Loading…' : 'Show more accounts'}
              </button>
            )}
          </>
        }
        form={
          <AdminCreateForm
            collection="accounts"
            title="Add an account"
            submitLabel="Add account"
            successMessage="Account added. Give the person their username and password in a safe way."
            onCreated={() => setRole('')}
            toBody={(form) => ({
              username: formRequired(form, 'username'),
              password: String(form.get('password') ?? ''),
              role: formRequired(form, 'role') as AccountRole,
              linkedId: formText(form, 'linkedId'),
            })}
          >
            <TextField
              label="Username"
              name="username"
              maxLength={L.maxUsername}
              required
              hint="3 to 64 letters, digits, dots, dashes or underscores."
              autoComplete="off"
              autoCapitalize="none"
              spellCheck={false}
            />
            <TextField
              label="Password"
              name="password"
              type="password"
              required
              hint="At least 10 characters, not one of the passwords people use most."
              autoComplete="new-password"
            />
            <SelectField
              label="Role"
              name="role"
              required
              placeholder="Choose a role"
              value={role}
              onChange={(event) => setRole(event.target.value as AccountRole | '')}
              options={ACCOUNT_ROLES.map((value) => ({ value, label: ACCOUNT_ROLE_LABELS[value] }))}
            />
            {role && needsLink(role) && (
              <SelectField
                label={linkLabel(role)}
                name="linkedId"
                required
                placeholder="Choose"
                options={linkedOptions}
              />
            )}
          </AdminCreateForm>
        }
      />
      <SecondFactorRequirements />
    </>
  );
}

const needsLink = (role: AccountRole) => role !== 'admin' && role !== 'researcher';

function linkLabel(role: AccountRole): string {
  if (role === 'service_user') return 'Which person';
  if (role === 'carer') return 'Which carer';
  return 'Which worker';
}

function optionsFor(role: AccountRole, organisation: OrganisationResponse): SelectOption[] {
  if (!needsLink(role)) return [];
  if (role === 'service_user') return organisation.people.map((p) => ({ value: p.id, label: p.name }));
  if (role === 'carer') return organisation.carers.map((c) => ({ value: c.id, label: c.name }));
  return organisation.workers
    .filter((w) => !w.leftOn)
    .map((w) => ({ value: w.id, label: `${w.name} (${w.profession})` }));
}

const lastSignIn = (account: AccountDto): string =>
  account.lastSignInAt ? formatDateTime(account.lastSignInAt) : 'Never';

function statusOf(account: AccountDto): string {
  if (account.disabledAt) return `Disabled since ${formatDateTime(account.disabledAt)}`;
  if (account.mustChangePassword) return 'Password reset; a new one is due at next sign-in';
  return 'Active';
}

/** How a staff account proves who it is beyond its password: the organisation's sign-in, an authenticator app. */
function staffSignInOf(account: AccountDto): ReactNode {
  if (!['worker', 'team_manager', 'researcher', 'admin'].includes(account.role)) return '–';
  const ways = [
    account.ssoUsername ? `Organisation sign-in (${account.ssoUsername})` : null,
    account.usesSecondFactor ? 'Password and authenticator app' : null,
  ].filter(Boolean);
  // An organisation's sign-in name is often an email address, one long word that would widen the column.
  return <span className="break-anywhere">{ways.length ? ways.join('; ') : 'Password only'}</span>;
}
