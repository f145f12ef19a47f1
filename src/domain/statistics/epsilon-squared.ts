import type { KruskalWallisResult } from './kruskal-wallis';

/** A Kruskal–Wallis result with its effect size beside H. */
export type KruskalWallisWithEffectSize = KruskalWallisResult & {
  /** ε² = H / (n − 1), from 0 (no difference) to 1 (the groups do not overlap at all); null with H. */
  epsilonSquared: number | null;
};

/**
 * The effect size epsilon squared of a Kruskal–Wallis test, E²_R = H / ((n² − 1)/(n + 1)) = H / (n − 1),
 * the share of the variance of the ranks that lies between the groups. Where p says whether a
 * difference could be chance, ε² says how large it is, which p cannot once groups are large.
 * Source: Tomczak M, Tomczak E. The need to report effect size estimates revisited. Trends Sport Sci
 * 2014;1(21):19–25 (equation 8); Kelley TL. An unbiased correlation ratio measure. PNAS 1935;21:554–559.
 *
 * @example withEpsilonSquared(kruskalWallis([[1, 2, 2], [2, 3]])).epsilonSquared // (5/3)/4 = 5/12
 */
export function withEpsilonSquared(result: KruskalWallisResult): KruskalWallisWithEffectSize {
  const epsilonSquared = result.h === null || result.n < 2 ? null : Math.min(result.h / (result.n - 1), 1);
  return { ...result, epsilonSquared };
}
