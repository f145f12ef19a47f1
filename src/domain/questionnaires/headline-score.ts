import type { InstrumentDefinition, ScoreDefinition } from '../instruments';

/** What a higher headline score means, in words a person understands. */
const HIGHER_MEANS: Record<string, string> = {
  'qpr-15': 'more recovery',
  'star-p': 'a better relationship with your worker',
  'wai-sr': 'a better working relationship with your worker',
  srs: 'a better session for you',
};

export interface HeadlineScore {
  score: ScoreDefinition;
  /** The highest value the score can take. */
  max: number;
  higherMeans: string;
}

/**
 * The score a person's trend is told in: an instrument's first score (its total), with the
 * highest value it can reach (a sum over its items' scale maxima, or the scale maximum for a mean).
 */
export function headlineScore(definition: InstrumentDefinition): HeadlineScore | null {
  const score = definition.scores[0];
  if (!score) return null;
  const itemIds =
    score.source.kind === 'items'
      ? score.source.itemIds
      : (definition.subscales.find((s) => s.id === (score.source as { subscaleId: string }).subscaleId)?.itemIds ?? []);
  const maxima = itemIds.map((id) => {
    const scaleId = definition.items.find((item) => item.id === id)?.scaleId;
    const scale = definition.scales.find((s) => s.id === scaleId);
    return !scale ? 0 : scale.kind === 'yes-no' ? 1 : scale.max;
  });
  const max = score.method === 'sum' ? maxima.reduce((sum, value) => sum + value, 0) : Math.max(0, ...maxima);
  return { score, max, higherMeans: HIGHER_MEANS[definition.id] ?? 'more of what it measures' };
}
