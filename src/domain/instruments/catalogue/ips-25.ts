import { FIDELITY_ITEMS, FIDELITY_SECTIONS, FIDELITY_SECTION_LABELS } from '../../ips/fidelity-scale';
import type { InstrumentDefinition, LikertScale } from '../instrument-definition';
import { itemId } from './numbered-items';

/*
 * IPS-25, the Individual Placement and Support fidelity scale.
 * Source: Becker DR, Swanson SJ, Reese SL, Bond GR, McLeman BM. Supported Employment Fidelity
 * Review Manual, 4th edition. Westat / IPS Employment Center, 2019. 25 items scored 1–5 by the
 * reviewers, in three sections (staffing 3, organisation 8, services 14); total 25–125 with the
 * bands 115–125 exemplary, 100–114 good, 74–99 fair, 73 and below not supported employment.
 * Structure and scoring only: the items carry Tandem's own short neutral labels, and the scale's
 * wording and anchors are the service's to load, as for the other licensed instruments (ADR 0027).
 * A review is scored by the reviewers, not answered by a person, so it is never a questionnaire.
 */

const fivePoint: LikertScale = {
  kind: 'likert',
  id: 'score-1-5',
  min: 1,
  max: 5,
  anchors: [],
  nonScoredOptions: [],
};

/** IPS-25: the fidelity review's 25 items, its sections and its total with the bands. */
export const ips25: InstrumentDefinition = {
  id: 'ips-25',
  version: '4.0.0',
  title: 'IPS-25 (Individual Placement and Support fidelity scale)',
  description:
    'Structure and scoring only; Tandem labels each item in a few neutral words of its own, and the scale’s wording is supplied by the service.',
  licence: 'IPS-25 \u00a9 the IPS Employment Center. Item wording and anchors are not distributed with Tandem.',
  isValidated: true,
  wordingMode: 'supplied-by-service',
  scales: [fivePoint],
  items: FIDELITY_ITEMS.map((item) => ({
    id: itemId(item.number),
    label: item.label,
    scaleId: fivePoint.id,
    reverseKeyed: false,
  })),
  subscales: FIDELITY_SECTIONS.map((section) => ({
    id: section,
    label: FIDELITY_SECTION_LABELS[section],
    itemIds: FIDELITY_ITEMS.filter((item) => item.section === section).map((item) => itemId(item.number)),
  })),
  scores: [
    {
      id: 'total',
      label: 'Total (25–125)',
      method: 'sum',
      source: { kind: 'items', itemIds: FIDELITY_ITEMS.map((item) => itemId(item.number)) },
      missing: { kind: 'none-allowed' },
      thresholds: [
        { comparator: '>=', value: 115, label: 'Exemplary fidelity (115–125)' },
        { comparator: '>=', value: 100, label: 'Good fidelity or better (100 and above)' },
        { comparator: '>=', value: 74, label: 'Fair fidelity or better (74 and above)' },
        { comparator: '<=', value: 73, label: 'Not supported employment (73 and below)' },
      ],
    },
    ...FIDELITY_SECTIONS.map((section) => ({
      id: `${section}-total`,
      label: FIDELITY_SECTION_LABELS[section],
      method: 'sum' as const,
      source: { kind: 'subscale' as const, subscaleId: section },
      missing: { kind: 'none-allowed' as const },
      thresholds: [],
    })),
  ],
};
