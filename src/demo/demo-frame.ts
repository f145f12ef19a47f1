import type { SiteRecord, TeamRecord, WorkerRecord } from '../services/organisation/ports';
import { isoOfDay, msOfDay } from './demo-calendar';
import { DEMO_WORKER } from './demo-cast';
import { STREAM, type DemoContext } from './demo-context';
import { demoEmail, inventName, placeName, type InventedName } from './demo-names';
import { COORDINATOR_PROFESSIONS } from './demo-words';
import { createRandom, type Random } from './seeded-random';

/** Care coordinator posts per team; each post has one holder at a time. */
export const COORDINATOR_POSTS = 3;

/** The teams of one unit of scale (two sites of two teams); one team reviews every 6 months. */
const UNIT_TEAMS = [
  { site: 0, label: 'Community Mental Health Team', reviewCadenceMonths: 12 },
  { site: 0, label: 'Recovery Team', reviewCadenceMonths: 12 },
  { site: 1, label: 'Community Mental Health Team', reviewCadenceMonths: 12 },
  { site: 1, label: 'Early Intervention Team', reviewCadenceMonths: 6 },
] as const;

export interface CoordinatorPost {
  first: WorkerRecord;
  /** The first holder leaves the service on day `on`; the replacement starts that same day. */
  handover: { on: number; replacement: WorkerRecord } | null;
}

/** Workers who join some people's care teams in roles other than care coordinator. */
export interface Specialists {
  psychiatrist: WorkerRecord;
  psychologist: WorkerRecord;
  peerWorker: WorkerRecord;
  employmentSpecialist: WorkerRecord;
  collegeTutor: WorkerRecord;
}

export interface TeamFrame {
  team: TeamRecord;
  /** Counts teams across the whole demo from 0; team 0 is the one the demo accounts belong to. */
  number: number;
  /** Counts sites across the whole demo from 0, like `number`. */
  siteNumber: number;
  manager: WorkerRecord;
  posts: CoordinatorPost[];
  specialists: Specialists;
}

/** Sites, teams and staff of one unit of scale. */
export interface UnitFrame {
  sites: SiteRecord[];
  teams: TeamFrame[];
  workers: WorkerRecord[];
}

/** Builds unit `unit`: 2 sites, 4 teams, a manager and care coordinators per team, and shared specialists. */
export function buildUnitFrame(context: DemoContext, unit: number): UnitFrame {
  const random = createRandom(context.seed, STREAM.unit, unit);
  const at = msOfDay(context.historyStart);
  const sites = [0, 1].map((k) => ({ id: context.ids('site', at), name: placeName(unit * 2 + k) }));
  const hire = createHiring(context, random, unit);
  let teamNumber = 0;
  const teams = UNIT_TEAMS.map((shape) => {
    const site = sites[shape.site] as SiteRecord;
    // Numbers from Ofcom's range kept for drama (01632 960000–960999): they never ring anyone.
    const phone = `01632 960${String(100 + unit * 4 + teamNumber++).padStart(3, '0')}`;
    return {
      id: context.ids('team', at),
      siteId: site.id,
      name: `${site.name} ${shape.label}`,
      reviewCadenceMonths: shape.reviewCadenceMonths,
      phone,
      serviceHours: 'Monday to Friday, 9am to 5pm',
    };
  });
  const [t0, t1, t2, t3] = teams as [TeamRecord, TeamRecord, TeamRecord, TeamRecord];
  // A psychiatrist and a peer worker for each site; one psychologist, IPS employment specialist
  // and Recovery College tutor for the unit.
  const psychiatrists = [hire('Psychiatrist', t0.id), hire('Psychiatrist', t2.id)] as const;
  const peerWorkers = [hire('Peer support worker', t1.id), hire('Peer support worker', t3.id)] as const;
  const shared = {
    psychologist: hire('Clinical psychologist', t2.id),
    employmentSpecialist: hire('IPS employment specialist', t1.id),
    collegeTutor: hire('Recovery College tutor', t3.id),
  };
  const frames = teams.map((team, k) => {
    const site = UNIT_TEAMS[k]?.site ?? 0;
    const specialists = { ...shared, psychiatrist: psychiatrists[site], peerWorker: peerWorkers[site] };
    return buildTeamStaff(context, random, hire, {
      team,
      number: unit * UNIT_TEAMS.length + k,
      siteNumber: unit * 2 + site,
      specialists,
    });
  });
  return { sites, teams: frames, workers: hire.all };
}

type Hire = ((profession: string, teamId: string, name?: InventedName) => WorkerRecord) & { all: WorkerRecord[] };

function createHiring(context: DemoContext, random: Random, unit: number): Hire {
  const all: WorkerRecord[] = [];
  const hire = (profession: string, teamId: string, name = inventName(random)) => {
    const worker: WorkerRecord = {
      id: context.ids('worker', msOfDay(context.historyStart)),
      name: name.full,
      profession,
      teamId,
      email: demoEmail(name, unit * 100 + all.length + 1),
      phone: null,
      leftOn: null,
    };
    all.push(worker);
    return worker;
  };
  return Object.assign(hire, { all });
}

function buildTeamStaff(
  context: DemoContext,
  random: Random,
  hire: Hire,
  frame: Omit<TeamFrame, 'manager' | 'posts'>,
): TeamFrame {
  const teamId = frame.team.id;
  const manager = hire('Team manager', teamId);
  const coordinator = () => hire(random.weighted(COORDINATOR_PROFESSIONS), teamId);
  const posts: CoordinatorPost[] = Array.from({ length: COORDINATOR_POSTS }, () => ({
    first: coordinator(),
    handover: null,
  }));
  // Every team lost one care coordinator in the last two years. In the demo team it was recent,
  // and the demo worker is the one who took over, so the demo shows a handover from both sides.
  const isDemoTeam = frame.number === 0;
  const leaving = isDemoTeam ? 0 : random.int(0, COORDINATOR_POSTS - 1);
  const on = isDemoTeam
    ? context.today - random.int(120, 180)
    : random.int(context.historyStart + 60, context.today - 30);
  const replacement = isDemoTeam ? hire(DEMO_WORKER.profession, teamId, DEMO_WORKER.name) : coordinator();
  const post = posts[leaving] as CoordinatorPost;
  post.first.leftOn = isoOfDay(on);
  post.handover = { on, replacement };
  return { ...frame, manager, posts };
}
