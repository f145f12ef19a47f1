import { DOCUMENT_KINDS, DOCUMENT_KIND_RULES, type DocumentKind } from '../care-plan/document-kind';

/**
 * "Who opened my record" in plain words. Each audit event about a person becomes a line a person
 * can read; repeated looks by one person at one part of the record on one day become one line
 * ("Robin Fairley, your care coordinator, looked at your care plan 6 times today"), so a morning's
 * ordinary work does not bury the one entry that matters. Opening the record from outside the care
 * team is never grouped with anything.
 */

/** What the access log needs of one audit event. */
export interface AccessEvent {
  id: string;
  at: Date;
  accountId: string | null;
  actorName: string;
  action: string;
  basis: string | null;
  reason: string | null;
}

/** One line of the log: one event, or several looks grouped. */
export interface AccessLogLine {
  /** The calendar day (UTC) of the events. */
  day: string;
  /** The latest and earliest event the line stands for. */
  lastAt: Date;
  firstAt: Date;
  /** The earliest event's id: with `firstAt`, where the next page of events starts. */
  firstId: string;
  accountId: string | null;
  who: string;
  action: string;
  basis: string | null;
  reason: string | null;
  /** How many events the line stands for. */
  times: number;
  isBreakGlass: boolean;
}

/** The action of opening a record from outside the care team with a recorded reason. */
export const BREAK_GLASS_ACTION = 'record.break_glass';

/** The same words for every co-produced document, named as the person would: "your risk and safety formulation". */
function documentLooks(kind: DocumentKind, noun: string): Record<string, string> {
  return {
    [`${kind}.read`]: `looked at your ${noun}`,
    [`${kind}.versions.read`]: `looked at the history of your ${noun}`,
    [`${kind}.compare`]: `compared versions of your ${noun}`,
    [`${kind}.proposals.read`]: `looked at changes proposed to your ${noun}`,
    [`${kind}.messages.read`]: `read the discussion on your ${noun}`,
    [`${kind}.export`]: `printed your ${noun}`,
  };
}
function documentChanges(kind: DocumentKind, noun: string): Record<string, string> {
  return {
    [`${kind}.section.save`]: `wrote in your ${noun}`,
    [`${kind}.proposal.create`]: `proposed a change to your ${noun}`,
    [`${kind}.proposal.accept`]: `accepted a proposed change to your ${noun}`,
    [`${kind}.proposal.decline`]: `declined a proposed change to your ${noun}`,
    [`${kind}.message.create`]: `wrote in the discussion on your ${noun}`,
    [`${kind}.sign`]: `signed your ${noun}`,
  };
}
const OTHER_DOCUMENTS = DOCUMENT_KINDS.filter((kind) => kind !== 'care_plan');

// Looks at the record, by what was looked at. Actions not listed here are changes, one line each.
const LOOKS: Record<string, string> = {
  ...Object.assign({}, ...OTHER_DOCUMENTS.map((kind) => documentLooks(kind, DOCUMENT_KIND_RULES[kind].noun))),
  'person.read': 'looked at your record',
  'contacts.read': 'looked at your contacts',
  'care_plan.read': 'looked at your care plan',
  'care_plan.versions.read': 'looked at the history of your care plan',
  'care_plan.compare': 'compared versions of your care plan',
  'care_plan.proposals.read': 'looked at changes proposed to your care plan',
  'care_plan.messages.read': 'read the discussion on your care plan',
  'care_plan.export': 'printed your care plan',
  'risk_formulation.discussions.read': 'looked at when your risk and safety formulation was discussed with you',
  'meetings.read': 'looked at your meetings',
  'meeting.read': 'looked at a meeting',
  'meetings.opening.read': 'opened a new meeting with you',
  'meetings.ratings.read': 'looked at how your ratings have changed',
  'feedback.read': 'looked at feedback about your meetings',
  'reviews.read': 'looked at your reviews',
  'review.choices.read': 'looked at your choices for your review',
  'person.continuity.read': 'looked at who has supported you over time',
  'access_log.read': 'looked at who opened your record',
  'response.export': 'downloaded your questionnaire answers',
  'carer_sharing.read': 'looked at what your carers can see',
  'handovers.read': 'looked at the plans to change your care coordinator',
  'messages.read': 'read your messages with the care team',
  'ips.read': 'looked at your work goals and jobs (IPS)',
  'safety_plan.shared.read': 'opened your safety plan through a link you shared',
  'positive_risk_plan.review.read': 'looked at when your positive risk-taking plan will be looked at again',
  'college.learning_plan.read': 'looked at your Recovery College learning plan',
  'college_life.read': 'looked at your Recovery College learning plan and courses, as you share them',
  'carer_views.read': 'looked at your carers’ views of meetings',
  'plans.search': 'looked at your agreed plans',
};

const CHANGES: Record<string, string> = {
  ...Object.assign({}, ...OTHER_DOCUMENTS.map((kind) => documentChanges(kind, DOCUMENT_KIND_RULES[kind].noun))),
  [BREAK_GLASS_ACTION]: 'opened your record with a reason',
  'person.create': 'created your record',
  'contact.create': 'recorded a contact with you',
  'care_team.add': 'added someone to your care team',
  'care_team.end': 'ended someone’s place in your care team',
  'care_team.change_coordinator': 'changed your care coordinator',
  'carer.create': 'added a carer for you',
  'account.create': 'created a sign-in account',
  'care_plan.section.save': 'wrote in your care plan',
  'care_plan.proposal.create': 'proposed a change to your care plan',
  'care_plan.proposal.accept': 'accepted a proposed change to your care plan',
  'care_plan.proposal.decline': 'declined a proposed change to your care plan',
  'care_plan.message.create': 'wrote in the discussion on your care plan',
  'care_plan.sign': 'signed your care plan',
  'risk_formulation.discussion.record': 'recorded talking through your risk and safety formulation with you',
  'meeting.create': 'recorded a meeting with you',
  'feedback.give': 'gave feedback on a meeting',
  'feedback.preference.set': 'chose who sees your feedback',
  'feedback.alert.acknowledge': 'noted an alert about feedback on your meetings',
  'review.hold': 'recorded your review',
  'carer_sharing.change': 'changed what a carer can see',
  'handover.plan': 'planned a change of your care coordinator',
  'handover.person_note': 'added to the note for your new care coordinator',
  'handover.joint_meeting': 'recorded the meeting with both your workers',
  'handover.complete': 'completed the change of your care coordinator',
  'handover.cancel': 'cancelled a planned change of your care coordinator',
  'message.send': 'sent a message in your conversation with the care team',
  'ips.referral.create': 'referred you to employment support (IPS)',
  'ips.referral.take': 'became your employment specialist',
  'ips.profile.save': 'wrote in your work profile',
  'ips.benefits_advice.create': 'recorded benefits advice given to you',
  'ips.employer_contact.create': 'recorded a talk with an employer about you',
  'ips.job.create': 'recorded a job or course you started',
  'ips.job.update': 'updated a job or course of yours',
  'ips.referral.end': 'ended your employment support (IPS)',
  'share_link.create': 'made a link to share your safety plan',
  'share_link.revoke': 'turned off a link to your safety plan',
  'safety_plan.agreement.choose': 'chose whether your care team must agree your safety plan',
  'positive_risk_plan.review.set': 'set when your positive risk-taking plan will be looked at again',
  'college.learning_goal.create': 'added a goal to your Recovery College learning plan',
  'college.learning_goal.update': 'changed a goal in your Recovery College learning plan',
  'college.learning_goal.remove': 'took a goal out of your Recovery College learning plan',
  'college.sharing.start': 'chose to share your Recovery College learning with your care team',
  'college.sharing.stop': 'stopped sharing your Recovery College learning with your care team',
  'carer_view.give': 'gave their view, as your carer, of a meeting they were at',
  'ips.job_interest.create': 'added a job or employer you are interested in',
  'ips.job_interest.update': 'changed where a job you are interested in stands',
  'ips.job_interest.edit': 'corrected a job or employer you are interested in',
  'ips.job_interest.remove': 'took a job or employer out of your job search',
};

/** What someone did, as a phrase that follows their name: "looked at your care plan". */
export function accessActionPhrase(action: string): string {
  return LOOKS[action] ?? CHANGES[action] ?? `did something with your record (${action.replaceAll(/[._]/g, ' ')})`;
}

const isLook = (action: string) => action in LOOKS;
const dayOf = (at: Date) => at.toISOString().slice(0, 10);

/**
 * Groups events, newest first, into lines: looks at the same part of the record by the same
 * account on the same day, on the same basis, become one line; every change, and every opening
 * from outside the care team, is a line of its own.
 *
 * @example accessLogLines(events)[0]?.times // 6
 */
export function accessLogLines(eventsNewestFirst: readonly AccessEvent[]): AccessLogLine[] {
  const lines: AccessLogLine[] = [];
  const open = new Map<string, AccessLogLine>();
  for (const event of eventsNewestFirst) {
    const day = dayOf(event.at);
    const isBreakGlass = event.action === BREAK_GLASS_ACTION;
    const key = isLook(event.action)
      ? [day, event.accountId ?? event.actorName, event.action, event.basis ?? ''].join('|')
      : null;
    const existing = key ? open.get(key) : undefined;
    if (existing) {
      existing.times += 1;
      existing.firstAt = event.at;
      existing.firstId = event.id;
      continue;
    }
    const line: AccessLogLine = {
      day,
      lastAt: event.at,
      firstAt: event.at,
      firstId: event.id,
      accountId: event.accountId,
      who: event.actorName,
      action: event.action,
      basis: event.basis,
      reason: event.reason,
      times: 1,
      isBreakGlass,
    };
    lines.push(line);
    if (key) open.set(key, line);
  }
  return lines;
}

/** "today", "yesterday", or "on 3 December 2026", from the point of view of `today`. */
export function relativeDay(day: string, today: string): string {
  if (day === today) return 'today';
  const yesterday = new Date(Date.parse(`${today}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
  if (day === yesterday) return 'yesterday';
  return `on ${new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`))}`;
}

/**
 * The sentence for a line: "Robin Fairley, your care coordinator, looked at your care plan 6 times
 * today". `who` is the name with how the person knows them, already worded.
 */
export function accessLogSentence(
  line: Pick<AccessLogLine, 'action' | 'times' | 'day'>,
  who: string,
  today: string,
): string {
  const times = line.times === 1 ? '' : line.times === 2 ? ' twice' : ` ${line.times} times`;
  return `${who} ${accessActionPhrase(line.action)}${times} ${relativeDay(line.day, today)}.`;
}
