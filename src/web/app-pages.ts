import { matchPath } from 'react-router';
import type { AccountRole } from '../shared/api/labels';
import type { Me } from '../shared/api/sessions.responses';

// Every address the app answers and who may open it. `app-routes.tsx` builds its routes from this
// list, and every link to a page asks `canOpen` first, so a role never sees a link that ends in
// "You do not have access to this page". The server decides again for each request; this only keeps
// the interface from offering what it would refuse.

/** What the app knows about the signed-in account's access to one person, when a page has it. */
export interface PersonLinkAccess {
  canReadCarePlan?: boolean;
  canRecordContact?: boolean;
  canReadSafetyPlan?: boolean;
}

type PersonRule = (me: Me, personId: string, access: PersonLinkAccess | undefined) => boolean;

export interface AppPage {
  /** The address pattern, as react-router matches it. */
  path: string;
  /** Roles that may open it; every signed-in role when left out. */
  roles?: readonly AccountRole[];
  /** Only for accounts linked to a worker (a team manager has a caseload only when they also work with people). */
  needsWorker?: boolean;
  /** Also asked for pages about one person, with what the linking page knows of the access. */
  person?: PersonRule;
}

/** Staff who can read a care plan through a care team; carers only when the person shares it. */
const CARE_PLAN_READERS: readonly AccountRole[] = ['service_user', 'worker', 'carer', 'team_manager'];

const ownRecordOnly: PersonRule = (me, personId) => me.role !== 'service_user' || me.personId === personId;
const carePlanRule: PersonRule = (me, personId, access) =>
  ownRecordOnly(me, personId, access) && access?.canReadCarePlan !== false;

export const APP_PAGES = {
  caseload: { path: '/caseload', roles: ['worker', 'team_manager'], needsWorker: true },
  person: {
    path: '/people/:personId',
    roles: ['service_user', 'worker', 'carer', 'team_manager', 'admin'],
    person: ownRecordOnly,
  },
  carePlan: { path: '/people/:personId/care-plan', roles: CARE_PLAN_READERS, person: carePlanRule },
  carePlanCompare: { path: '/people/:personId/care-plan/compare', roles: CARE_PLAN_READERS, person: carePlanRule },
  conversation: {
    path: '/people/:personId/messages',
    roles: ['service_user', 'worker', 'carer', 'team_manager'],
    person: ownRecordOnly,
  },
  inbox: { path: '/messages', roles: ['worker', 'team_manager'], needsWorker: true },
  reflections: { path: '/reflections', roles: ['worker', 'team_manager'], needsWorker: true },
  supervision: { path: '/supervision', roles: ['team_manager'] },
  supervisee: { path: '/supervision/:workerId', roles: ['team_manager'] },
  ipsWork: {
    path: '/people/:personId/work',
    roles: ['service_user', 'worker', 'carer', 'team_manager'],
    person: ownRecordOnly,
  },
  ipsCaseload: { path: '/ips', roles: ['worker'], needsWorker: true },
  ipsFigures: { path: '/ips/figures', roles: ['team_manager', 'admin'] },
  // Risk documents: the person and workers (their care team, or by breaking glass); never carers or managers.
  riskFormulation: {
    path: '/people/:personId/risk-formulation',
    roles: ['service_user', 'worker'],
    person: ownRecordOnly,
  },
  riskFormulationCompare: {
    path: '/people/:personId/risk-formulation/compare',
    roles: ['service_user', 'worker'],
    person: ownRecordOnly,
  },
  positiveRiskPlan: {
    path: '/people/:personId/positive-risk-plan',
    roles: ['service_user', 'worker'],
    person: ownRecordOnly,
  },
  safetyPlan: {
    path: '/people/:personId/safety-plan',
    roles: ['service_user', 'worker', 'carer'],
    person: (me, personId, access) => ownRecordOnly(me, personId, access) && access?.canReadSafetyPlan !== false,
  },
  // The person's own plan: it opens offline too, so its route is outside the session check.
  mySafetyPlan: { path: '/my-safety-plan', roles: ['service_user'] },
  reviews: { path: '/people/:personId/reviews', roles: CARE_PLAN_READERS, person: carePlanRule },
  calendarFeed: { path: '/calendar-feed', roles: ['worker', 'team_manager'], needsWorker: true },
  newMeeting: {
    path: '/people/:personId/meetings/new',
    roles: ['worker'],
    person: (_me, _personId, access) => access?.canRecordContact !== false,
  },
  questionnaire: {
    path: '/people/:personId/questionnaires/:invitationId',
    roles: ['service_user'],
    person: ownRecordOnly,
  },
  myPage: { path: '/my-page', roles: ['service_user'] },
  caredFor: { path: '/cared-for', roles: ['carer'] },
  workerHandovers: { path: '/workers/:workerId/handovers', roles: ['worker', 'team_manager', 'admin'] },
  team: { path: '/team', roles: ['team_manager'] },
  dashboard: { path: '/dashboard', roles: ['team_manager', 'admin'] },
  organisation: { path: '/organisation', roles: ['researcher', 'team_manager', 'admin'] },
  admin: { path: '/admin', roles: ['admin'] },
  adminSection: { path: '/admin/:section', roles: ['admin'] },
  account: { path: '/account' },
  // The Recovery College: the prospectus and joining are open to anyone, signed in or not (their routes
  // are outside the session); the rest is for any signed-in account that is a student or a trainer.
  prospectus: { path: '/college' },
  joinCollege: { path: '/college/join' },
  myCourses: { path: '/college/my-courses' },
  trainerSessions: { path: '/college/trainer' },
  collegeRegister: { path: '/college/sessions/:sessionId/register' },
  // Running the college: administrators and the college's leads (trainers of any role); the server decides.
  collegeManage: { path: '/college/manage' },
  collegeCourse: { path: '/college/manage/courses/:courseId' },
  collegeFigures: { path: '/college/figures' },
  learningPlan: { path: '/college/learning-plan' },
  courseFeedbackList: { path: '/college/feedback' },
  courseFeedback: { path: '/college/feedback/:courseId' },
  collegeFidelity: { path: '/college/fidelity' },
} as const satisfies Record<string, AppPage>;

export type AppPageName = keyof typeof APP_PAGES;

/** The roles that may open a page, for the route that draws it. */
export const rolesFor = (name: AppPageName): readonly AccountRole[] | undefined => (APP_PAGES[name] as AppPage).roles;

/** Which page an address opens, or null for "page not found". */
export function pageAt(to: string): { page: AppPage; params: Record<string, string | undefined> } | null {
  const pathname = to.split(/[?#]/)[0] ?? to;
  for (const page of Object.values(APP_PAGES) as AppPage[]) {
    const match = matchPath({ path: page.path, end: true }, pathname);
    if (match) return { page, params: match.params };
  }
  return null;
}

/**
 * Whether the signed-in account can open an address: its role, and for a page about one person
 * what the linking page knows of the access (a care-plan link is left out when `canReadCarePlan`
 * is false).
 *
 * @example canOpen(me, `/people/${id}/care-plan`, record.access)
 */
export function canOpen(me: Me, to: string, access?: PersonLinkAccess): boolean {
  if (to === '/') return true;
  const found = pageAt(to);
  if (!found) return false;
  const { page, params } = found;
  if (page.roles && !page.roles.includes(me.role)) return false;
  if (page.needsWorker && !me.workerId) return false;
  const personId = params.personId;
  return !page.person || personId === undefined || page.person(me, personId, access);
}

/** The address for one person's page. */
export const personPath = (
  personId: string,
  page:
    | ''
    | '/care-plan'
    | '/care-plan/compare'
    | '/reviews'
    | '/messages'
    | '/risk-formulation'
    | '/safety-plan'
    | '/work' = '',
): string => `/people/${encodeURIComponent(personId)}${page}`;
