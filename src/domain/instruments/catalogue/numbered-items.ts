import type { InstrumentItem } from '../instrument-definition';

/** The id of the n-th neutrally numbered item, e.g. `item-3`. */
export const itemId = (position: number): string => `item-${position}`;

/** Ids of the given item positions, e.g. itemIds(1, 4) → ['item-1', 'item-4']. */
export const itemIds = (...positions: number[]): string[] => positions.map(itemId);

/** Ids of the first `count` items, item-1 … item-count. */
export const firstItemIds = (count: number): string[] =>
  itemIds(...Array.from({ length: count }, (_, index) => index + 1));

/**
 * Items labelled only "Item 1" … "Item n", for licensed instruments whose wording a service
 * supplies: the label says nothing of the published text.
 */
export function numberedItems(count: number, scaleId: string, reverseKeyed: readonly number[] = []): InstrumentItem[] {
  return Array.from({ length: count }, (_, index) => ({
    id: itemId(index + 1),
    label: `Item ${index + 1}`,
    scaleId,
    reverseKeyed: reverseKeyed.includes(index + 1),
  }));
}
