/**
 * Spot checks, read by hand from the report at `line`, that the bundled data must hold:
 * - a fact: `expected` is the value in the metric's canonical unit, its text, or a {low, high} range;
 *   `variant` selects a fact with that variant (without it the fact must have none);
 * - a list: its members' printed names, all of them, in the report's order;
 * - a table cell: the cell (as printed) at `row` (0-based) and column `column` (the column key).
 */
export type FactSpot = {
  dataset: string;
  entity: string;
  metric: string;
  period?: string;
  variant?: string;
  expected: number | string | { low: number; high: number };
  line: number;
};
export type ListSpot = { dataset: string; list: string; members: string[]; line: number };
export type CellSpot = { dataset: string; row: number; column: string; cell: string; line: number };
export type Spot = FactSpot | ListSpot | CellSpot;
