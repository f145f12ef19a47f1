/** A value in a CSV cell. */
export type CsvCell = string | number | boolean | null;

// A spreadsheet runs a cell that starts with one of these as a formula ("CSV injection"); a
// leading apostrophe makes it text. Only text is guarded: a negative number stays a number.
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * CSV text (RFC 4180): a header row, then one line per row, lines ending in CRLF. A field holding
 * a comma, a quote or a line break is quoted, with quotes doubled. Null is an empty field;
 * numbers are written in full, so nothing is lost to rounding.
 *
 * @example formatCsv(['name', 'n'], [['Team "A", North', 3]]) // 'name,n\r\n"Team ""A"", North",3\r\n'
 */
export function formatCsv(columns: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return [columns, ...rows].map((row) => `${row.map(formatCell).join(',')}\r\n`).join('');
}

function formatCell(value: CsvCell): string {
  if (value === null) return '';
  if (typeof value !== 'string') return String(value);
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
