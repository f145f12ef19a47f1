import { STREAM, type DemoContext } from './demo-context';
import { createRandom } from './seeded-random';

/**
 * How things tend to go at one site. Relationship scores differed significantly between the sites
 * of the cross-national care-coordination study (see the domain notes), so each demo site has its
 * own level of relationship feedback, of satisfaction with treatment and of actions carried out.
 */
export interface SiteClimate {
  /** The level the person's relationship feedback centres on, 1–5. */
  feedbackLevel: number;
  /** The level ratings of treatment aspects centre on, 1–7. */
  treatmentLevel: number;
  /** The share of agreed actions found done at the next meeting. */
  actionsDone: number;
}

/** The coolest and the warmest climate; every site lies between them. */
const COOL: SiteClimate = { feedbackLevel: 3.7, treatmentLevel: 3, actionsDone: 0.62 };
const WARM: SiteClimate = { feedbackLevel: 4.6, treatmentLevel: 5, actionsDone: 0.8 };

/**
 * The climate of site `siteNumber`. The first two sites are the warmest and the coolest, so that
 * every demo, whatever its scale, shows a clear difference between the demo team's site and the
 * other; later sites fall anywhere between.
 */
export function siteClimate(context: DemoContext, siteNumber: number): SiteClimate {
  const warmth =
    siteNumber === 0 ? 1 : siteNumber === 1 ? 0 : createRandom(context.seed, STREAM.site, siteNumber).next();
  const between = (key: keyof SiteClimate) => COOL[key] + (WARM[key] - COOL[key]) * warmth;
  return {
    feedbackLevel: between('feedbackLevel'),
    treatmentLevel: between('treatmentLevel'),
    actionsDone: between('actionsDone'),
  };
}
