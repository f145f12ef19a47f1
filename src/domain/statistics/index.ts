export { averageRanks, tieGroupSizes } from './average-ranks';
export { chiSquareUpperTail } from './chi-square-upper-tail';
export { kruskalWallis, type KruskalWallisResult } from './kruskal-wallis';
export { logGamma } from './log-gamma';
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
export { spearmanCorrelation, type SpearmanResult } from './spearman-correlation';
export { studentTTwoSidedP } from './student-t-two-sided';
export { summarizeDistribution, type DistributionSummary } from './summarize-distribution';
