import { averageRanks, tieGroupSizes } from './average-ranks';
import { chiSquareUpperTail } from './chi-square-upper-tail';

export interface KruskalWallisResult {
  /** H corrected for ties; null when undefined. */
  h: number | null;
  /** Degrees of freedom, k − 1 for k groups with data (0 when fewer than 2). */
  df: number;
  /** Upper tail of chi-square(df) at H; null when H is null. */
  p: number | null;
  /** Number of values across all groups. */
  n: number;
  /** Number of groups with at least one value (k). */
  groups: number;
}

/**
 * Kruskal–Wallis test that several independent groups come from one distribution.
 * H = [12 / (N(N + 1)) · Σ R_i² / n_i − 3(N + 1)] / C, where R_i is the sum of the (average) ranks of
 * group i in the pooled sample, and C = 1 − Σ(t³ − t) / (N³ − N) corrects for groups of t tied
 * values. p is the upper tail of chi-square with k − 1 df, the large-sample approximation (for
 * very small groups exact tables are more accurate).
 * Source: Kruskal WH, Wallis WA. Use of ranks in one-criterion variance analysis.
 * J Am Stat Assoc 1952;47(260):583–621.
 *
 * Edge cases: empty groups are dropped and not counted in k; fewer than 2 groups with data → h and
 * p null (nothing to compare); all values identical → h and p null (C = 0: ranks carry no
 * information). Throws a RangeError for a non-finite value.
 */
export function kruskalWallis(groups: readonly (readonly number[])[]): KruskalWallisResult {
  const withData = groups.filter((group) => group.length > 0);
  const pooled = withData.flat();
  const total = pooled.length;
  const df = Math.max(withData.length - 1, 0);
  const ranks = averageRanks(pooled);
  const result = { h: null, df, p: null, n: total, groups: withData.length };
  if (withData.length < 2) return result;
  const tieCorrection = 1 - tieGroupSizes(pooled).reduce((sum, t) => sum + t ** 3 - t, 0) / (total ** 3 - total);
  if (tieCorrection <= 0) return result;
  let weightedSquares = 0;
  let offset = 0;
  for (const group of withData) {
    const rankSum = ranks.slice(offset, offset + group.length).reduce((sum, rank) => sum + rank, 0);
    weightedSquares += (rankSum * rankSum) / group.length;
    offset += group.length;
  }
  const h = ((12 / (total * (total + 1))) * weightedSquares - 3 * (total + 1)) / tieCorrection;
  const nonNegative = Math.max(h, 0); // rounding can leave −1e-15 when every group has the same mean rank
  return { ...result, h: nonNegative, p: chiSquareUpperTail(nonNegative, df) };
}
