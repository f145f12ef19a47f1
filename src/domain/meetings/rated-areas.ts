import type { InstrumentDefinition } from '../instruments';

/** An area of life or of treatment that the person rates and may choose to talk about. */
export interface RatedArea {
  /** The item id in the ratings instrument, e.g. 'accommodation'. */
  id: string;
  label: string;
  /** The subscale the area belongs to, e.g. 'life-domains' or 'treatment-aspects'. */
  groupId: string;
  groupLabel: string;
  /** The paired yes/no "would you like more help?" item, when the instrument has one. */
  moreHelpItemId: string | null;
}

/**
 * The rated areas of a ratings instrument, in the instrument's order: the items of its subscales,
 * each with its "<id>-more-help" companion when there is one (the naming the catalogue uses).
 *
 * @example ratedAreas(dialogRatings).map((area) => area.id) // ['mental-health', …, 'meetings']
 */
export function ratedAreas(definition: InstrumentDefinition): RatedArea[] {
  const items = new Map(definition.items.map((item) => [item.id, item]));
  return definition.subscales.flatMap((subscale) =>
    subscale.itemIds.flatMap((itemId) => {
      const item = items.get(itemId);
      if (!item) return [];
      const moreHelpId = `${itemId}-more-help`;
      return [
        {
          id: item.id,
          label: item.label,
          groupId: subscale.id,
          groupLabel: subscale.label,
          moreHelpItemId: items.has(moreHelpId) ? moreHelpId : null,
        },
      ];
    }),
  );
}
