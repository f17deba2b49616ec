/** One table of an export: header names (already localized by the element) and raw cells. */
export interface ExportTable {
  readonly columns: readonly string[];
  /**
   * Numbers are written with Latin digits at full precision, never localized; strings as they are
   * (dates and periods come as ISO strings); `null` is an empty cell.
   */
  readonly rows: readonly (readonly (string | number | null)[])[];
}

/** A text a spreadsheet would take for a formula (CSV injection): `=`, `+`, `-`, `@`, TAB, CR. */
const FORMULA = /^[=+\-@\t\r]/;

function cell(value: string | number | null): string {
  let text: string;
  if (typeof value === 'number') text = Number.isFinite(value) ? String(value) : '';
  else if (typeof value === 'string') text = FORMULA.test(value) ? `'${value}` : value;
  else text = '';
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * RFC 4180 CSV of `table`: CRLF line ends, a field quoted when it holds `,`, `"`, CR or LF (its
 * quotes doubled), and a byte-order mark first, so spreadsheets read Persian and Arabic labels as
 * UTF-8. Text cells that a spreadsheet would run as a formula are neutralised with a leading `'`;
 * numbers stay numbers (a negative change is `-0.12`), and a number that is not finite is empty.
 */
export function toCSV(table: ExportTable): string {
  const lines = [table.columns, ...table.rows].map((row) => row.map(cell).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
