import { describe, expect, it } from 'vitest';
import { accessLogKeys } from './access-log/keys';
import { adminKeys } from './admin/keys';
import { carePlanKeys } from './care-plan/keys';
import { carerKeys } from './carers/keys';
import { caseloadKeys } from './caseload/keys';
import { contactKeys } from './contacts/keys';
import { dashboardKeys } from './dashboard/keys';
import { feedbackKeys } from './feedback/keys';
import { meetingKeys } from './meetings/keys';
import { organisationKeys } from './organisation/keys';
import { personKeys } from './person/keys';
import { reviewKeys } from './reviews/keys';
import { safetyPlanKeys } from './safety-plan/keys';
import { sessionKeys } from './session/keys';
import { teamKeys } from './team/keys';

const personId = 'p1';

/** Every key about one person, from every feature's keys.ts. */
const personScoped: readonly (readonly unknown[])[] = [
  personKeys.continuity(personId),
  contactKeys.list(personId),
  accessLogKeys.list(personId),
  carePlanKeys.all(personId),
  carePlanKeys.plan(personId),
  carePlanKeys.versions(personId),
  carePlanKeys.compare(personId, 1, 2),
  carePlanKeys.messages(personId, 'goals'),
  safetyPlanKeys.plan(personId),
  safetyPlanKeys.shareLinks(personId),
  carePlanKeys.all(personId, 'safety_plan'),
  meetingKeys.opening(personId),
  meetingKeys.ratings(personId),
  feedbackKeys.relationship(personId),
  reviewKeys.list(personId),
  reviewKeys.choices(personId),
];

const everyKey: readonly (readonly unknown[])[] = [
  personKeys.record(personId),
  ...personScoped,
  sessionKeys.me,
  caseloadKeys.all,
  caseloadKeys.alerts,
  teamKeys.mine,
  carerKeys.caredFor,
  organisationKeys.summary,
  adminKeys.organisation,
  feedbackKeys.instruments,
  reviewKeys.calendarFeed,
  dashboardKeys.continuity({}),
  dashboardKeys.sites({}),
  dashboardKeys.service({}),
  dashboardKeys.relationship({}),
];

describe('query keys', () => {
  it("puts every key about a person under the person's record, so refreshing the record refreshes them all", () => {
    for (const key of personScoped) expect(key.slice(0, 2)).toEqual(personKeys.record(personId));
  });

  it('never gives two different queries the same cache entry', () => {
    const texts = everyKey.map((key) => JSON.stringify(key));
    expect(new Set(texts).size).toBe(texts.length);
  });

  it('keeps the caseload alerts under the caseload, so a change to the caseload refreshes them', () => {
    expect(caseloadKeys.alerts.slice(0, caseloadKeys.all.length)).toEqual([...caseloadKeys.all]);
  });
});
