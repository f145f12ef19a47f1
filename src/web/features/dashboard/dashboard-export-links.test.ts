import { describe, expect, it } from 'vitest';
import { FIGURES_EXPORT_KINDS, RESEARCH_DATASETS } from '../../../shared/api/analytics.responses';
import {
  FIGURES_EXPORT_LABELS,
  RESEARCH_DATASET_LABELS,
  figuresExportHref,
  researchExportHref,
} from './dashboard-export-links';

describe('figuresExportHref', () => {
  it('asks for the export with the dashboard filters', () => {
    expect(figuresExportHref('continuity-summary', { teamId: 't1', from: '2026-01-01', to: '2026-06-30' })).toBe(
      '/api/v1/analytics/exports/continuity-summary?teamId=t1&from=2026-01-01&to=2026-06-30',
    );
  });

  it('has a label for every export the API offers', () => {
    expect(Object.keys(FIGURES_EXPORT_LABELS).sort()).toEqual([...FIGURES_EXPORT_KINDS].sort());
  });
});

describe('researchExportHref', () => {
  it('sends only the period, never a team or site', () => {
    const filters = { from: '2026-01-01', to: '2026-06-30', teamId: 't1' };
    expect(researchExportHref('care-team-periods', filters)).toBe(
      '/api/v1/analytics/research/care-team-periods?from=2026-01-01&to=2026-06-30',
    );
  });

  it('has a label for every research data set', () => {
    expect(Object.keys(RESEARCH_DATASET_LABELS).sort()).toEqual([...RESEARCH_DATASETS].sort());
  });
});
