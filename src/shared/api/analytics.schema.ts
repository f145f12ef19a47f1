import { z } from 'zod';
import { FIGURES_EXPORT_KINDS, RESEARCH_DATASETS } from '../../domain/figures/export-kinds';

// Query strings and path parameters of the analytics API, parsed before they reach a service.

const isoDate = z.iso.date({ error: 'Use a date in the form YYYY-MM-DD.' });

/** A period, both days included; without them, the last 12 months up to today. */
export const periodQuery = z.object({
  from: isoDate.optional(),
  to: isoDate.optional(),
});

/** A period and, for administrators, a team or a site (a manager's own team is the default and the only choice). */
export const analyticsQuery = periodQuery.extend({
  teamId: z.uuid({ error: 'That is not a valid team id.' }).optional(),
  siteId: z.uuid({ error: 'That is not a valid site id.' }).optional(),
});

export const figuresExportParams = z.object({
  kind: z.enum(FIGURES_EXPORT_KINDS, { error: `The export is one of: ${FIGURES_EXPORT_KINDS.join(', ')}.` }),
});

export const researchExportParams = z.object({
  dataset: z.enum(RESEARCH_DATASETS, { error: `The data set is one of: ${RESEARCH_DATASETS.join(', ')}.` }),
});

export type PeriodQuery = z.infer<typeof periodQuery>;
export type AnalyticsQuery = z.infer<typeof analyticsQuery>;
