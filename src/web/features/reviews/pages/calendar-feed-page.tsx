import { useEffect, useRef, useState } from 'react';
import { AppLink } from '../../navigation/components/app-link';
import '../reviews.css';
import type { CalendarFeedCreatedResponse } from '../../../../shared/api/reviews.responses';
import { useCalendarFeed, useCreateCalendarFeed, useRevokeCalendarFeed } from '../api/use-calendar-feed';
import { ErrorMessage } from '../../../ui/error-message';
import { useAnnounce } from '../../../ui/live-announcer';
import { LoadingMessage } from '../../../ui/loading-message';
import { usePageTitle } from '../../../hooks/use-page-title';
import { formatDateTime } from '../../../ui/format/format-date';

/**
 * A worker's calendar of reviews: a secret address a calendar app subscribes to. The address is
 * shown once, when it is made; making a new one stops the old one working.
 */
export function CalendarFeedPage() {
  usePageTitle('Reviews in your calendar');
  const status = useCalendarFeed();
  const create = useCreateCalendarFeed();
  const revoke = useRevokeCalendarFeed();
  const [created, setCreated] = useState<CalendarFeedCreatedResponse | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const resultRef = useRef<HTMLDivElement>(null);
  const announce = useAnnounce();
  const [resultCount, setResultCount] = useState(0);
  useEffect(() => {
    if (resultCount > 0) resultRef.current?.querySelector<HTMLElement>('[tabindex="-1"]')?.focus();
  }, [resultCount]);

  const isActive = status.data?.isActive ?? false;
  const onCreate = () => {
    if (
      isActive &&
      !window.confirm(
        'Your calendar app will stop getting reviews from the old address until you give it the new one. Make a new address?',
      )
    )
      return;
    setNotice(null);
    create.mutate(undefined, {
      onSuccess: (result) => {
        setCreated(result);
        announce('Your new calendar address is ready. Copy it now: it is shown only once.');
        setResultCount((n) => n + 1);
      },
      onError: () => setResultCount((n) => n + 1),
    });
  };
  const onRevoke = () => {
    revoke.mutate(undefined, {
      onSuccess: () => {
        setCreated(null);
        setNotice('Your calendar address is turned off. Calendar apps can no longer fetch your reviews.');
        announce('Your calendar address is turned off.');
        setResultCount((n) => n + 1);
      },
      onError: () => setResultCount((n) => n + 1),
    });
  };

  return (
    <div className="narrow">
      <h1>Reviews in your calendar</h1>
      <p className="lead">
        Your calendar app (Outlook, Google Calendar, Apple Calendar) can show the care plan reviews of the people on
        your caseload: those due, those overdue, and those held in the last year.
      </p>
      <section className="section notice" aria-labelledby="calendar-privacy-heading">
        <h2 id="calendar-privacy-heading">What leaves Tandem</h2>
        <p>
          A calendar app copies what it fetches to its own servers, outside this service. So each entry names the person
          only by the name they go by and the first letter of their surname (for example “Sam T.”), with the review
          date. Nothing from the care plan itself goes into your calendar.
        </p>
        <p>
          The address works like a password: anyone who has it can see those entries. Do not share it or paste it into
          an email.
        </p>
      </section>

      <section className="section" aria-labelledby="calendar-address-heading">
        <h2 id="calendar-address-heading">Your calendar address</h2>
        {status.isPending && <LoadingMessage what="your calendar address" />}
        {status.isError && <ErrorMessage error={status.error} />}
        {status.data && !created && (
          <p>
            {status.data.isActive
              ? `You have a calendar address, made on ${formatDateTime(status.data.createdAt ?? '')}. ${
                  status.data.lastUsedAt
                    ? `A calendar app last fetched it on ${formatDateTime(status.data.lastUsedAt)}.`
                    : 'No calendar app has fetched it yet.'
                } For safety it cannot be shown again; if you have lost it, make a new one.`
              : 'You do not have a calendar address yet.'}
          </p>
        )}
        <div ref={resultRef}>
          {create.isError && <ErrorMessage error={create.error} title="No address was made" />}
          {revoke.isError && <ErrorMessage error={revoke.error} title="The address was not turned off" />}
          {notice && (
            <p className="notice notice--success" tabIndex={-1}>
              {notice}
            </p>
          )}
          {created && <NewAddress created={created} />}
        </div>
        {status.data && (
          <div className="button-row">
            <button type="button" className="button" onClick={onCreate} disabled={create.isPending}>
              {create.isPending
                ? 'Making an address…'
                : isActive || created
                  ? 'Replace my calendar address'
                  : 'Make my calendar address'}
            </button>
            {(isActive || created) && (
              <button type="button" className="button button--secondary" onClick={onRevoke} disabled={revoke.isPending}>
                Turn it off
              </button>
            )}
          </div>
        )}
        {(isActive || created) && (
          <p className="muted calendar-feed__note">
            Replacing the address stops the old one working at once: any calendar still using it stops updating.
          </p>
        )}
      </section>
      <p>
        <AppLink to="/caseload">Back to my caseload</AppLink>
      </p>
    </div>
  );
}

/** The new address, shown this once, with a copy button and how to use it. */
function NewAddress({ created }: { created: CalendarFeedCreatedResponse }) {
  const [copied, setCopied] = useState<string | null>(null);
  const announce = useAnnounce();
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(created.url);
      setCopied('Copied. Now paste it into your calendar app.');
      announce('Address copied.');
    } catch {
      setCopied('Your browser did not let Tandem copy. Select the address and copy it yourself.');
    }
  };
  return (
    <section className="card calendar-feed__new" tabIndex={-1} aria-labelledby="new-address-heading">
      <h3 id="new-address-heading">Your new calendar address</h3>
      <p>
        <strong>Copy it now.</strong> Tandem keeps only a scrambled form of it, so it cannot be shown again.
      </p>
      <label className="field__label" htmlFor="calendar-feed-url">
        Calendar address
      </label>
      <textarea
        id="calendar-feed-url"
        className="input textarea calendar-feed__url"
        readOnly
        rows={3}
        value={created.url}
        onFocus={(e) => e.currentTarget.select()}
      />
      <div className="button-row">
        <button type="button" className="button" onClick={() => void copy()}>
          Copy address
        </button>
      </div>
      {copied && <p role="status">{copied}</p>}
      <p>
        In your calendar app, choose “Add calendar”, then “From URL” or “Subscribe”, and paste the address. New and
        changed reviews appear the next time the app checks, usually within a few hours.
      </p>
    </section>
  );
}
