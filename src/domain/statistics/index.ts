export { averageRanks, tieGroupSizes } from './average-ranks';
export { chiSquareUpperTail } from './chi-square-upper-tail';
export { withEpsilonSquared, type KruskalWallisWithEffectSize } from './epsilon-squared';
export { kruskalWallis, type KruskalWallisResult } from './kruskal-wallis';
export { logGamma } from './log-gamma';
export { normalUpperTail } from './normal-upper-tail';
export { pearsonCorrelation } from './pearson-correlation';
export { quantile, quantileOfSorted } from './quantile';
export { regularizedBeta } from './regularized-beta';
export { regularizedGammaP, regularizedGammaQ } from './regularized-gamma';
export {
  RELIABLE_CHANGE_CRITICAL_VALUE,
  reliableChange,
  type MeasurementError,
  type ReliableChange,
  type ReliableChangeClassification,
  type ReliableChangeInput,
} from './reliable-change';
export {
  SPEARMAN_AS89_LIMIT,
  spearmanCorrelation,
  type SpearmanOptions,
  type SpearmanPMethod,
  type SpearmanResult,
} from './spearman-correlation';
export { spearmanNullTail, type SpearmanTail } from './spearman-null-distribution';
export { studentTTwoSidedP } from './student-t-two-sided';
export { summarizeDistribution, type DistributionSummary } from './summarize-distribution';
