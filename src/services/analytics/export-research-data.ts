import type { Actor } from '../../domain/accounts/actor';
import type { ResearchDataset } from '../../domain/figures/export-kinds';
import { AppError } from '../../domain/errors/app-error';
import { requireRole } from '../access/require-role';
import { recordAudit } from '../audit/record-audit';
import type { ServiceDeps } from '../ports';
import { resolveWindow } from './analytics-window';
import type { FiguresCell, FiguresTable } from './figures-table';

/** Rows one export may hold; beyond it, a researcher asks for a shorter period. */
export const MAX_RESEARCH_ROWS = 500_000;

/**
 * Pseudonymised contacts, care-team periods, meeting ratings or relationship feedback over a period, for researchers only. People,
 * workers, teams and sites appear as keyed pseudonyms that stay the same from one export to the
 * next, each person's dates are moved by their own shift of up to 14 days either way, and there
 * are no names and no free text (see the analytics adapter for how). Audited with the data set
 * and row count.
 */
export async function exportResearchData(
  deps: ServiceDeps,
  input: { dataset: ResearchDataset; from?: string; to?: string },
  actor: Actor,
): Promise<FiguresTable> {
  requireRole(actor, ['researcher'], 'Pseudonymised research exports are for researchers.');
  const reader = deps.analytics;
  const window = resolveWindow(input, deps.now());
  const table = await DATASETS[input.dataset](reader, window);
  if (table.rows.length > MAX_RESEARCH_ROWS) {
    throw new AppError(
      'bad_request',
      `This export would hold more than ${MAX_RESEARCH_ROWS.toLocaleString('en-GB')} rows. Choose a shorter period.`,
    );
  }
  await deps.uow.run((r) =>
    recordAudit(r, actor, deps.now(), {
      action: 'analytics.export',
      detail: { kind: `research-${input.dataset}`, rows: table.rows.length, from: window.from, to: window.to },
    }),
  );
  return table;
}

type Reader = ServiceDeps['analytics'];
type Window = FiguresTable['window'];

async function contacts(reader: Reader, window: Window): Promise<FiguresTable> {
  const rows = await reader.pseudonymisedContacts(window, {}, MAX_RESEARCH_ROWS + 1);
  const columns = [
    'person',
    'team',
    'site',
    'workers',
    'occurred_at',
    'duration_minutes',
    'admin_minutes',
    'mode',
    'kind',
    'beyond_routine',
  ];
  return {
    kind: 'research-contacts',
    window,
    columns,
    rows: rows.map((c): FiguresCell[] => [
      c.person,
      c.team,
      c.site,
      c.workers,
      c.occurredAt,
      c.durationMinutes,
      c.adminMinutes,
      c.mode,
      c.kind,
      c.beyondRoutine,
    ]),
  };
}

async function ratings(reader: Reader, window: Window): Promise<FiguresTable> {
  const rows = await reader.pseudonymisedRatings(window, {}, MAX_RESEARCH_ROWS + 1);
  return {
    kind: 'research-ratings',
    window,
    columns: ['person', 'team', 'site', 'completed_at', 'instrument', 'version', 'item', 'answer'],
    rows: rows.map((r): FiguresCell[] => [
      r.person,
      r.team,
      r.site,
      r.completedAt,
      r.instrument,
      r.version,
      r.item,
      r.answer,
    ]),
  };
}

async function feedback(reader: Reader, window: Window): Promise<FiguresTable> {
  const rows = await reader.pseudonymisedFeedback(window, {}, MAX_RESEARCH_ROWS + 1);
  return {
    kind: 'research-feedback',
    window,
    columns: ['person', 'worker', 'team', 'site', 'meeting_at', 'respondent', 'score'],
    rows: rows.map((f): FiguresCell[] => [f.person, f.worker, f.team, f.site, f.meetingAt, f.respondent, f.score]),
  };
}

async function periods(reader: Reader, window: Window): Promise<FiguresTable> {
  const rows = await reader.pseudonymisedCareTeamPeriods(window, {}, MAX_RESEARCH_ROWS + 1);
  const columns = ['person', 'team', 'site', 'worker', 'role', 'starts_on', 'ends_on', 'end_reason'];
  return {
    kind: 'research-care-team-periods',
    window,
    columns,
    rows: rows.map((p): FiguresCell[] => [
      p.person,
      p.team,
      p.site,
      p.worker,
      p.role,
      p.startsOn,
      p.endsOn,
      p.endReason,
    ]),
  };
}

async function ipsReferrals(reader: Reader, window: Window): Promise<FiguresTable> {
  const rows = await reader.pseudonymisedIpsReferrals(window, {}, MAX_RESEARCH_ROWS + 1);
  const columns = [
    'person',
    'team',
    'site',
    'specialist',
    'referred_on',
    'taken_on',
    'ended_on',
    'end_reason',
    'self_referral',
    'first_face_to_face_employer_contact_on',
  ];
  return {
    kind: 'research-ips-referrals',
    window,
    columns,
    rows: rows.map((r): FiguresCell[] => [
      r.person,
      r.team,
      r.site,
      r.specialist,
      r.referredOn,
      r.takenOn,
      r.endedOn,
      r.endReason,
      r.isSelfReferral,
      r.firstFaceToFaceEmployerContactOn,
    ]),
  };
}

async function ipsJobs(reader: Reader, window: Window): Promise<FiguresTable> {
  const rows = await reader.pseudonymisedIpsJobs(window, {}, MAX_RESEARCH_ROWS + 1);
  const columns = [
    'person',
    'team',
    'site',
    'employer',
    'kind',
    'starts_on',
    'ends_on',
    'hours_per_week',
    'hourly_pay',
    'competitive',
    'end_reason',
  ];
  return {
    kind: 'research-ips-jobs',
    window,
    columns,
    rows: rows.map((j): FiguresCell[] => [
      j.person,
      j.team,
      j.site,
      j.employer,
      j.kind,
      j.startsOn,
      j.endsOn,
      j.hoursPerWeek,
      j.hourlyPayPence === null ? null : j.hourlyPayPence / 100,
      j.isCompetitive,
      j.endReason,
    ]),
  };
}

const DATASETS: Record<ResearchDataset, (reader: Reader, window: Window) => Promise<FiguresTable>> = {
  contacts,
  'care-team-periods': periods,
  ratings,
  feedback,
  'ips-referrals': ipsReferrals,
  'ips-jobs': ipsJobs,
};
