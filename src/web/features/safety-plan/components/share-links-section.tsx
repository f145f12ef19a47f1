import { useState, type FormEvent } from 'react';
import type { ShareLinkCreatedResponse, ShareLinkDto } from '../../../../shared/api/share-links.responses';
import { SHARE_CONSENT_MAX_LENGTH } from '../../../../shared/api/share-links.schema';
import { useFormResult } from '../../../hooks/use-form-result';
import { ErrorMessage } from '../../../ui/error-message';
import { FormFeedback } from '../../../ui/form-feedback';
import { LoadingMessage } from '../../../ui/loading-message';
import { QrCode } from '../../../ui/qr-code';
import { SelectField } from '../../../ui/fields/select-field';
import { TextAreaField } from '../../../ui/fields/text-area-field';
import { TextField } from '../../../ui/fields/text-field';
import { formatDateTime } from '../../../ui/format/format-date';
import { useCreateShareLink, useRevokeShareLink, useShareLinks } from '../api/use-share-links';

const HOW_LONG = [
  { value: '24', label: '1 day' },
  { value: '72', label: '3 days' },
  { value: '168', label: '1 week' },
  { value: '720', label: '30 days (the longest)' },
];

const STATE_WORDS: Record<ShareLinkDto['state'], string> = {
  active: 'Works',
  expired: 'Expired',
  revoked: 'Turned off',
};

/**
 * Links that open the safety plan without an account, for a crisis team, an emergency department
 * or a friend: made here (by a worker only with the person's consent, recorded), shown once with a
 * QR code, listed with how often each was opened, and turned off at any time.
 */
export function ShareLinksSection({ personId, isSelf }: { personId: string; isSelf: boolean }) {
  const links = useShareLinks(personId);
  const create = useCreateShareLink(personId);
  const revoke = useRevokeShareLink(personId);
  const result = useFormResult();
  const [created, setCreated] = useState<ShareLinkCreatedResponse | null>(null);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    result.reset();
    create.mutate(
      {
        documentKind: 'safety_plan',
        label: String(data.get('label') ?? ''),
        expiresInHours: Number(data.get('expiresInHours') ?? 72),
        consent: isSelf ? null : String(data.get('consent') ?? ''),
      },
      {
        onSuccess: (answer) => {
          setCreated(answer);
          result.succeeded(
            `Your link for ${answer.link.label} is ready. It is shown only now: copy it or show the QR code.`,
            form,
          );
        },
      },
    );
  };

  return (
    <section className="section" aria-labelledby="share-links-heading">
      <h2 id="share-links-heading">{isSelf ? 'Share your safety plan' : 'Share the safety plan'}</h2>
      <p>
        A link opens {isSelf ? 'your' : 'the'} safety plan to read, without signing in: for a crisis team, an emergency
        department or a friend. Only the safety plan, nothing else of {isSelf ? 'your' : 'the'} record. It stops working
        when it expires or when it is turned off, and every time it is opened shows in “who opened my record”.
      </p>
      <form onSubmit={onSubmit} className="form" noValidate>
        <TextField
          label="Who it is for"
          name="label"
          hint="For example: A&E, the crisis team, Alex"
          maxLength={80}
          required
        />
        <SelectField label="How long the link lasts" name="expiresInHours" options={HOW_LONG} defaultValue="72" />
        {!isSelf && (
          <TextAreaField
            label="How the person agreed"
            name="consent"
            maxLength={SHARE_CONSENT_MAX_LENGTH}
            hint="When and how the person said yes to sharing their plan, in a sentence."
            rows={2}
            required
          />
        )}
        <div className="button-row">
          <button type="submit" className="button" disabled={create.isPending}>
            {create.isPending ? 'Making the link…' : 'Make a link'}
          </button>
        </div>
      </form>
      <FormFeedback error={create.error} success={result.success} ref={result.feedbackRef} />
      {created && <NewShareLink created={created} />}

      <h3>{isSelf ? 'Your links' : 'Links made'}</h3>
      {links.isPending && <LoadingMessage what="the links" />}
      {links.isError && <ErrorMessage error={links.error} />}
      {revoke.isError && <ErrorMessage error={revoke.error} title="The link was not turned off" />}
      {links.data && links.data.links.length === 0 && <p>No links yet.</p>}
      {links.data && links.data.links.length > 0 && (
        <ul className="plain-list share-links__list">
          {links.data.links.map((link) => (
            <li key={link.id} className="card">
              <p>
                <strong>{link.label}</strong>: {STATE_WORDS[link.state]}
                {link.state === 'active' && `, until ${formatDateTime(link.expiresAt)}`}.{' '}
                {link.openCount === 0
                  ? 'Not opened yet.'
                  : `Opened ${link.openCount === 1 ? 'once' : `${link.openCount} times`}, last on ${formatDateTime(link.lastOpenedAt ?? '')}.`}
              </p>
              <p className="muted">
                Made by {link.createdByName} on {formatDateTime(link.createdAt)}
                {link.consent ? `, with consent: “${link.consent}”` : ''}.
              </p>
              {link.state === 'active' && (
                <button
                  type="button"
                  className="button button--secondary"
                  disabled={revoke.isPending}
                  onClick={() => revoke.mutate(link.id)}
                >
                  Turn off the link for {link.label}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** The new link, shown this once: the address to copy and its QR code to scan. */
function NewShareLink({ created }: { created: ShareLinkCreatedResponse }) {
  const [copied, setCopied] = useState<string | null>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(created.url);
      setCopied('Copied.');
    } catch {
      setCopied('Your browser did not let Tandem copy. Select the address and copy it yourself.');
    }
  };
  return (
    <div className="card share-links__new">
      <h3>Link for {created.link.label}</h3>
      <label className="field__label" htmlFor="share-link-url">
        The link
      </label>
      <textarea
        id="share-link-url"
        className="input textarea share-links__url"
        readOnly
        rows={3}
        value={created.url}
        onFocus={(event) => event.currentTarget.select()}
      />
      <button type="button" className="button" onClick={() => void copy()}>
        Copy the link
      </button>
      {copied && <p role="status">{copied}</p>}
      <QrCode value={created.url} label={`QR code of the link for ${created.link.label}`} />
      <p className="muted">
        Show this code to be scanned with a phone camera. Tandem keeps only a scrambled form of the link, so it cannot
        be shown again.
      </p>
    </div>
  );
}
