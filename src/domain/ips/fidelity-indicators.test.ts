import { describe, expect, it } from 'vitest';
import { fidelityIndicators } from './fidelity-indicators';

describe('fidelity indicators', () => {
  it('counts each indicator from the records, worked by hand', () => {
    const indicators = fidelityIndicators({
      caseloads: [18, 24],
      referrals: [
        { referredOn: '2026-01-01', firstFaceToFaceContactOn: '2026-01-21' }, // 20 days
        { referredOn: '2026-01-01', firstFaceToFaceContactOn: '2026-03-02' }, // 60 days
        { referredOn: '2026-01-01', firstFaceToFaceContactOn: '2026-01-31' }, // 30 days
        { referredOn: '2026-02-01', firstFaceToFaceContactOn: null },
      ],
      faceToFaceContacts: [52, 26],
      contactWeeks: 13,
      jobs: [
        { title: 'Gardener', employerId: 'e1', isCompetitive: true },
        { title: 'gardener ', employerId: 'e2', isCompetitive: true },
        { title: 'Barista', employerId: 'e2', isCompetitive: false },
        { title: 'Driver', employerId: 'e3', isCompetitive: true },
      ],
      startedWork: 4,
      supportedAfterStart: 3,
      // 540 of 600 minutes (90%) and 300 of 500 (60%): a mean of 75%; a specialist with no contacts is left out.
      contactMinutes: [
        { employment: 540, total: 600 },
        { employment: 300, total: 500 },
        { employment: 0, total: 0 },
      ],
    });
    expect(Object.fromEntries(indicators.map((i) => [i.key, [i.value, i.meetsAnchor]]))).toEqual({
      caseload_per_specialist: [21, false],
      days_to_first_employer_contact: [30, true],
      face_to_face_employer_contacts_per_week: [3, false],
      job_type_diversity: [0.75, false],
      employer_diversity: [0.75, false],
      competitive_share: [0.75, false],
      follow_along_share: [0.75, false],
      employment_time_share: [0.75, false],
    });
    expect(indicators[1]?.shown).toBe('30 days (3 people)');
  });

  it('says when there is nothing to count yet', () => {
    const indicators = fidelityIndicators({
      caseloads: [],
      referrals: [],
      faceToFaceContacts: [],
      contactWeeks: 13,
      jobs: [],
      startedWork: 0,
      supportedAfterStart: 0,
      contactMinutes: [],
    });
    expect(indicators.every((i) => i.value === null && i.meetsAnchor === null && i.shown === 'no records yet')).toBe(
      true,
    );
  });
});
