import type { AccountDto } from '../../../../shared/api/accounts.responses';
import { ErrorMessage } from '../../../ui/error-message';
import {
  useLinkSsoAccount,
  useRemoveSecondFactor,
  useResetPassword,
  useSetAccountDisabled,
} from '../api/use-admin-accounts';

interface AccountActionsProps {
  account: Pick<AccountDto, 'id' | 'username'>;
  managed: AccountDto | undefined;
  /** Called with the temporary password after a reset, to show it above the table. */
  onReset: (username: string, temporaryPassword: string) => void;
}

/**
 * An administrator's actions on one account: reset its password, disable or enable it, link it to the
 * organisation's sign-in, remove its authenticator app (a lost phone, with a reason).
 */
export function AccountActions({ account, managed, onReset: onResetDone }: AccountActionsProps) {
  const reset = useResetPassword();
  const setDisabled = useSetAccountDisabled();
  const link = useLinkSsoAccount();
  const removeSecondFactor = useRemoveSecondFactor();
  const onRemoveSecondFactor = () => {
    const reason = window.prompt(
      `Remove the authenticator app of ${account.username}? They are signed out everywhere, and set it up again at their next sign-in if their role requires it. Say why (kept in the audit):`,
      '',
    );
    if (reason !== null) removeSecondFactor.mutate({ accountId: account.id, reason: reason.trim() });
  };
  const isStaff = managed !== undefined && ['worker', 'team_manager', 'researcher', 'admin'].includes(managed.role);
  const onLink = () => {
    const typed = window.prompt(
      `The name ${account.username} signs in with at your organisation (often their work email). Leave it empty to unlink.`,
      managed?.ssoUsername ?? '',
    );
    if (typed !== null) link.mutate({ accountId: account.id, ssoUsername: typed.trim() || null });
  };
  const isDisabled = Boolean(managed?.disabledAt);
  const onReset = () => {
    if (window.confirm(`Reset the password of ${account.username}? They are signed out everywhere at once.`))
      reset.mutate(account.id, { onSuccess: (result) => onResetDone(account.username, result.temporaryPassword) });
  };
  const onToggle = () => {
    if (
      isDisabled ||
      window.confirm(`Disable ${account.username}? They are signed out everywhere at once and cannot sign in.`)
    ) {
      setDisabled.mutate({ accountId: account.id, isDisabled: !isDisabled });
    }
  };
  return (
    <div className="account-actions">
      <button type="button" className="button button--secondary" onClick={onReset} disabled={reset.isPending}>
        Reset password<span className="visually-hidden"> of {account.username}</span>
      </button>
      <button
        type="button"
        className="button button--secondary"
        onClick={onToggle}
        disabled={setDisabled.isPending || !managed}
      >
        {isDisabled ? 'Enable' : 'Disable'}
        <span className="visually-hidden"> {account.username}</span>
      </button>
      {isStaff && (
        <button type="button" className="button button--secondary" onClick={onLink} disabled={link.isPending}>
          {managed?.ssoUsername ? 'Change organisation sign-in' : 'Link organisation sign-in'}
          <span className="visually-hidden"> for {account.username}</span>
        </button>
      )}
      {managed?.usesSecondFactor && (
        <button
          type="button"
          className="button button--secondary"
          onClick={onRemoveSecondFactor}
          disabled={removeSecondFactor.isPending}
        >
          Remove authenticator app<span className="visually-hidden"> of {account.username}</span>
        </button>
      )}
      {(reset.isError || setDisabled.isError || link.isError || removeSecondFactor.isError) && (
        <ErrorMessage error={reset.error ?? setDisabled.error ?? link.error ?? removeSecondFactor.error} />
      )}
    </div>
  );
}
