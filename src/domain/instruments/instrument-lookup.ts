import type { InstrumentDefinition, InstrumentItem, ResponseScale, ScoreSource } from './instrument-definition';

/** The items of an instrument by id. */
export function itemsById(definition: InstrumentDefinition): Map<string, InstrumentItem> {
  return new Map(definition.items.map((item) => [item.id, item]));
}

/** The response scales of an instrument by id. */
export function scalesById(definition: InstrumentDefinition): Map<string, ResponseScale> {
  return new Map(definition.scales.map((scale) => [scale.id, scale]));
}

/** The scale an item is rated on; throws if the definition was not validated first. */
export function scaleOfItem(definition: InstrumentDefinition, item: InstrumentItem): ResponseScale {
  const scale = definition.scales.find((candidate) => candidate.id === item.scaleId);
  if (!scale) throw new Error(`Item ${item.id} refers to unknown scale ${item.scaleId}.`);
  return scale;
}

/** The item ids a score is computed over, with a subscale expanded to its items. */
export function sourceItemIds(definition: InstrumentDefinition, source: ScoreSource): readonly string[] {
  if (source.kind === 'items') return source.itemIds;
  const subscale = definition.subscales.find((candidate) => candidate.id === source.subscaleId);
  if (!subscale) throw new Error(`Unknown subscale ${source.subscaleId}.`);
  return subscale.itemIds;
}
