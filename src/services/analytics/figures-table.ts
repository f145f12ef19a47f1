import type { AnalyticsWindow } from './ports';

/** One value in an exported table. */
export type FiguresCell = string | number | boolean | null;

/** A table an export hands out: named columns, then rows in the same order. */
export interface FiguresTable {
  kind: string;
  window: AnalyticsWindow;
  columns: readonly string[];
  rows: FiguresCell[][];
}
