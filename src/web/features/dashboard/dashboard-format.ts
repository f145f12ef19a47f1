import type { ContinuityMeasure, CorrelationPMethod, RankTestDto } from '../../../shared/api/analytics.responses';

/** The indices run from 0 to 1; the other measures are counts of visits, changes or days. */
const INDEX_MEASURES: ReadonlySet<ContinuityMeasure> = new Set([
  'upc',
  'upcCareCoordinator',
  'coc',
  'secon',
  'mmci',
  'hhi',
]);

export const isIndexMeasure = (measure: ContinuityMeasure): boolean => INDEX_MEASURES.has(measure);

/** Two decimals for an index (0.74); whole numbers for counts, or one decimal for a median between two (58.5). */
export function formatMeasureValue(measure: ContinuityMeasure, value: number): string {
  if (isIndexMeasure(measure)) return value.toFixed(2);
  return formatCount(value);
}

export function formatCount(value: number): string {
  return Number.isInteger(value)
    ? value.toLocaleString('en-GB')
    : value.toLocaleString('en-GB', { maximumFractionDigits: 1 });
}

/** "47%", or a dash when there was nothing to take a share of. */
export function formatShare(share: number | null): string {
  return share === null ? '–' : `${Math.round(share * 100)}%`;
}

/** A p-value as a number ("0.022"), or "< 0.001" when smaller. */
export function formatPValue(p: number): string {
  return p < 0.001 ? '< 0.001' : p.toFixed(3);
}

export function formatP(p: number): string {
  return p < 0.001 ? 'p < 0.001' : `p = ${formatPValue(p)}`;
}

/** How a correlation's p-value was found, in a few words (the API's `method`). */
export const P_METHOD_WORDS: Record<CorrelationPMethod, string> = {
  exact: 'exact, from every possible ordering',
  edgeworth: 'from AS 89’s Edgeworth series',
  't-approximation': 'from the t approximation',
};

/** ε², the share of the spread of the ranks that lies between the groups, in two decimals. */
export function formatEpsilonSquared(epsilonSquared: number | null): string {
  return epsilonSquared === null ? '–' : epsilonSquared < 0.005 ? '< 0.01' : epsilonSquared.toFixed(2);
}

const TOO_FEW = 'Too few people have this figure to compare the sites';

/**
 * What a Kruskal–Wallis result means, in plain words, at the conventional 5% level; with many
 * measures tested, about one "difference" in twenty is expected by chance alone.
 */
export function rankTestVerdict(test: RankTestDto): string {
  if (test.h === null || test.p === null || test.groups < 2) return TOO_FEW;
  return test.p < 0.05
    ? 'The sites differ more than chance alone would usually explain'
    : 'No clear difference between the sites: a difference this size could well be chance';
}

/** The test's name and figures alone, for those who want them after the words: null when there is no test. */
export function rankTestFigures(test: RankTestDto): string | null {
  if (test.h === null || test.p === null || test.groups < 2) return null;
  const size = test.epsilonSquared === null ? '' : `, effect size ε² = ${formatEpsilonSquared(test.epsilonSquared)}`;
  return `Kruskal–Wallis H = ${test.h.toFixed(2)}, df = ${test.df}, ${formatP(test.p)}${size}; ${test.n.toLocaleString('en-GB')} people in ${test.groups} sites.`;
}
