/**
 * The IPS-25 supported employment fidelity scale (Becker, Swanson, Reese, Bond and McLeman 2019):
 * 25 items scored 1–5 in three sections, total 25–125. Tandem holds the structure and the scoring
 * with short neutral labels of its own; the scale's wording is the service's to supply.
 */
export const FIDELITY_SECTIONS = ['staffing', 'organisation', 'services'] as const;
export type FidelitySection = (typeof FIDELITY_SECTIONS)[number];

export const FIDELITY_SECTION_LABELS: Record<FidelitySection, string> = {
  staffing: 'Staffing',
  organisation: 'Organisation',
  services: 'Services',
};

/** What Tandem can count from the records for an item. */
export type FidelityIndicatorKey =
  | 'caseload_per_specialist'
  | 'days_to_first_employer_contact'
  | 'face_to_face_employer_contacts_per_week'
  | 'job_type_diversity'
  | 'employer_diversity'
  | 'competitive_share'
  | 'follow_along_share'
  | 'employment_time_share';

export interface FidelityItem {
  number: number;
  section: FidelitySection;
  label: string;
  indicators: FidelityIndicatorKey[];
}

const item = (number: number, section: FidelitySection, label: string, indicators: FidelityIndicatorKey[] = []) => ({
  number,
  section,
  label,
  indicators,
});

export const FIDELITY_ITEMS: readonly FidelityItem[] = [
  item(1, 'staffing', 'Caseload size', ['caseload_per_specialist']),
  item(2, 'staffing', 'Time on employment work', ['employment_time_share']),
  item(3, 'staffing', 'Specialists do every phase of work'),
  item(4, 'organisation', 'Part of the care team'),
  item(5, 'organisation', 'Regular contact with the care team'),
  item(6, 'organisation', 'Work with vocational rehabilitation'),
  item(7, 'organisation', 'An employment unit of specialists'),
  item(8, 'organisation', 'Supervision of specialists'),
  item(9, 'organisation', 'No exclusion criteria'),
  item(10, 'organisation', 'The service focuses on ordinary work'),
  item(11, 'organisation', 'Support from leaders'),
  item(12, 'services', 'Benefits and work-incentives advice'),
  item(13, 'services', 'Disclosure talked through'),
  item(14, 'services', 'Ongoing assessment at work'),
  item(15, 'services', 'Rapid job search', ['days_to_first_employer_contact']),
  item(16, 'services', 'Job search follows preferences'),
  item(17, 'services', 'Frequent employer contact', ['face_to_face_employer_contacts_per_week']),
  item(18, 'services', 'Quality of job development'),
  item(19, 'services', 'Variety of job types', ['job_type_diversity']),
  item(20, 'services', 'Variety of employers', ['employer_diversity']),
  item(21, 'services', 'Competitive jobs', ['competitive_share']),
  item(22, 'services', 'Individual follow-along support', ['follow_along_share']),
  item(23, 'services', 'Time-unlimited support'),
  item(24, 'services', 'Work in the community'),
  item(25, 'services', 'Assertive engagement and outreach'),
];

export type FidelityBand = 'exemplary' | 'good' | 'fair' | 'not_ips';

export const FIDELITY_BAND_LABELS: Record<FidelityBand, string> = {
  exemplary: 'Exemplary fidelity (115–125)',
  good: 'Good fidelity (100–114)',
  fair: 'Fair fidelity (74–99)',
  not_ips: 'Not supported employment (73 and below)',
};

/** The band of a total, as the scale defines them. */
export function fidelityBand(total: number): FidelityBand {
  if (total >= 115) return 'exemplary';
  if (total >= 100) return 'good';
  if (total >= 74) return 'fair';
  return 'not_ips';
}

export interface FidelityScore {
  total: number;
  sections: Record<FidelitySection, number>;
  band: FidelityBand;
}

/** Why a set of item scores cannot be scored, or null: 25 whole scores from 1 to 5, in item order. */
export function fidelityScoresProblem(scores: readonly number[]): string | null {
  if (scores.length !== FIDELITY_ITEMS.length) return `Score all ${FIDELITY_ITEMS.length} items.`;
  const bad = scores.findIndex((s) => !Number.isInteger(s) || s < 1 || s > 5);
  return bad === -1 ? null : `Item ${bad + 1} is scored from 1 to 5.`;
}

/** The total, the section sums and the band of 25 valid item scores. */
export function scoreFidelity(scores: readonly number[]): FidelityScore {
  const sections: Record<FidelitySection, number> = { staffing: 0, organisation: 0, services: 0 };
  FIDELITY_ITEMS.forEach((it, index) => (sections[it.section] += scores[index] ?? 0));
  const total = sections.staffing + sections.organisation + sections.services;
  return { total, sections, band: fidelityBand(total) };
}
