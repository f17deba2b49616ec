// RFC 4180 CSV, both ways: the owner's export (UTF-8 with a BOM so spreadsheets read it as UTF-8,
// CRLF rows, quotes doubled) and a small parser for the seed data and the tests.

/** A text cell a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, and tab or CR first) gets a leading `'`. */
export const neutralise = (s: string): string => (/^[=+\-@\t\r]/.test(s) ? `'${s}` : s);

/** One cell: numbers as they are; text neutralised, then quoted when it holds `"`, `,`, CR or LF. */
export function cell(v: string | number | null | undefined): string {
  if (v == null) return '';
  if (typeof v == 'number') return String(v);
  const s = neutralise(v);
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

/** Rows as CSV text, each line ended by CRLF, with the byte order mark first. */
export const toCsv = (rows: Iterable<ReadonlyArray<string | number | null | undefined>>): string => {
  let out = '\uFEFF';
  for (const row of rows) out += row.map(cell).join(',') + '\r\n';
  return out;
};

/** Parses RFC 4180 text (quoted fields, doubled quotes, CRLF or LF) into rows; a leading BOM is skipped. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = text.charCodeAt(0) == 0xfeff ? 1 : 0;
  for (; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch == '"') {
        if (text[i + 1] == '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += ch;
    } else if (ch == '"') quoted = true;
    else if (ch == ',') {
      row.push(field);
      field = '';
    } else if (ch == '\n' || ch == '\r') {
      if (ch == '\r' && text[i + 1] == '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
