/**
 * The wording of Tandem's notification emails. An email may be read by anyone who sees the inbox, so it
 * says only that there is something to look at, with a link: no names, no health information, nothing of
 * what was written (ADR 0025). Features that need other wording add it here, where it can be reviewed.
 */
export interface NotificationEmail {
  subject: string;
  text: string;
}

/** "You have something new in Tandem", with the address to sign in at. */
export function somethingNewEmail(publicUrl: string): NotificationEmail {
  const url = publicUrl.replace(/\/+$/, '');
  return {
    subject: 'You have something new in Tandem',
    text: [
      'Hello,',
      '',
      'There is something new for you in Tandem.',
      `Sign in to see it: ${url}/`,
      '',
      'This email does not say what it is, so that nobody else who sees it learns anything about you.',
      'If you no longer want these emails, you can turn them off in Tandem under your details.',
    ].join('\n'),
  };
}
