/**
 * The accessible name of the scroll region around a Markdown table (src/course/tables.ts).
 * A table's own caption names it best; Markdown tables have none, so the nearest heading
 * above the table names it instead, with "Table" in front so the region says what it holds.
 * Two tables under one heading are told apart by number ("Table 2: Costs"), the first keeps
 * the plain name. A table above every heading is just "Table" (or "Table 2").
 */

/** What tables.ts reads around a table. */
export interface TableSurroundings {
  /** The text of the table's `<caption>`, if it has one. */
  caption?: string;
  /** The text of the nearest heading above the table. */
  heading?: string;
  /** How many tables sit between that heading (or the top of the page) and this one. */
  tablesBefore: number;
}

const tidy = (text: string | undefined) => text?.replace(/\s+/g, ' ').trim() ?? '';

export function tableLabel({ caption, heading, tablesBefore }: TableSurroundings): string {
  if (tidy(caption)) return tidy(caption);
  const table = tablesBefore > 0 ? `Table ${tablesBefore + 1}` : 'Table';
  return tidy(heading) ? `${table}: ${tidy(heading)}` : table;
}
