import { workerContactCounts } from './worker-contact-counts';

/**
 * Usual Provider of Care (UPC) with a named usual provider, such as the care coordinator:
 * UPC = n_u / N, the share of the N contacts that were with provider u.
 * Source: Breslau N, Reeb KG. Continuity of care in a university-based practice.
 * J Med Educ 1975;50(10):965–969; definition as tabulated by Jee SH, Cabana MD, Med Care Res Rev
 * 2006;63(2):158–188.
 *
 * Edge cases: no contacts → null (a share of nothing is undefined); a provider never seen → 0;
 * one contact → 0 or 1.
 */
export function usualProviderOfCare(workerIds: readonly string[], usualProviderId: string): number | null {
  if (workerIds.length === 0) return null;
  const seen = workerIds.filter((workerId) => workerId === usualProviderId).length;
  return seen / workerIds.length;
}

/**
 * UPC with the most frequently seen worker as the usual provider: max_j n_j / N (also called
 * Most Frequent Provider Continuity). Ties for "most frequent" do not matter: the share is the same.
 * Source: as {@link usualProviderOfCare}; the max form as tabulated in Pollack CE et al., Measuring
 * care continuity: a comparison of claims-based methods, Med Care 2016;54(5):e30–e34.
 *
 * Edge cases: no contacts → null; one contact or one worker → 1.
 */
export function mostFrequentProviderOfCare(workerIds: readonly string[]): number | null {
  if (workerIds.length === 0) return null;
  const largest = Math.max(...workerContactCounts(workerIds).values());
  return largest / workerIds.length;
}
