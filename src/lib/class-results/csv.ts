/**
 * A class's results as a CSV file the teacher opens in Excel, LibreOffice or Google Sheets.
 * UTF-8 with a byte order mark (without it Excel on Windows shows Vietnamese as mojibake),
 * comma-separated, CRLF lines, RFC 4180 quoting. A text cell that a spreadsheet would read as
 * a formula (= + - @, or a tab or carriage return first) gets a leading apostrophe: a learner
 * named "=HYPERLINK(…)" must not run anything on the teacher's computer (OWASP "CSV injection").
 */

export type Cell = string | number;

const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell as written in the file. Numbers are written as they are (a negative stays a number). */
export function csvCell(value: Cell): string {
  let text = typeof value === 'number' ? String(value) : value;
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The whole file: BOM, one line per row, each line ended by CRLF. */
export function buildCsv(rows: readonly (readonly Cell[])[]): string {
  return `\uFEFF${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

/** "Lớp sáng thứ Bảy — thôn 3" → "lop-sang-thu-bay-thon-3": ASCII, so every system keeps the file name. */
export function slugify(text: string): string {
  return (
    text
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[đĐ]/g, 'd')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60)
      .replace(/-+$/, '')
  );
}

/** "lop-<slug>-<yyyy-mm-dd>.csv" in the device's time zone. */
export function csvFileName(className: string, now: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  const date = `${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())}`;
  const slug = slugify(className).replace(/^lop(-|$)/, '');
  return `lop-${slug || 'hoc'}-${date}.csv`;
}
