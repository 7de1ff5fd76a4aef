/** The class CSV file: Excel-safe UTF-8, RFC 4180 quoting, no formulas from learners' names. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildCsv, csvCell, csvFileName, slugify } from '../../../src/lib/class-results/csv';

/** A small RFC 4180 reader, to check that what buildCsv writes reads back cell for cell. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(cell), (cell = '');
    else if (c === '\r' && text[i + 1] === '\n') row.push(cell), rows.push(row), (row = []), (cell = ''), i++;
    else cell += c;
  }
  return rows;
}

describe('buildCsv', () => {
  it('starts with the byte order mark and ends every line with CRLF', () => {
    const csv = buildCsv([['Họ và tên', 'Điểm'], ['Nguyễn Văn A', 13]]);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv).toBe('\uFEFFHọ và tên,Điểm\r\nNguyễn Văn A,13\r\n');
  });

  it('quotes cells with commas, quotes and line breaks, doubling the quotes', () => {
    expect(buildCsv([['Lớp "A", thôn 3', 'hai\ndòng']])).toBe('\uFEFF"Lớp ""A"", thôn 3","hai\ndòng"\r\n');
  });

  it('reads back to the same cells for any text that does not look like a formula', () => {
    const cell = fc.string({ unit: 'grapheme', maxLength: 30 }).filter((s) => !/^[=+\-@\t\r]/.test(s));
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 6 }), (rows) => {
        expect(parseCsv(buildCsv(rows).slice(1))).toEqual(rows);
      }),
    );
  });
});

describe('csvCell', () => {
  it('puts an apostrophe before a name a spreadsheet would run as a formula', () => {
    expect(csvCell('=HYPERLINK("http://vi-du-gia.xyz","Bấm")')).toBe(`"'=HYPERLINK(""http://vi-du-gia.xyz"",""Bấm"")"`);
    expect(csvCell('+84 912')).toBe("'+84 912");
    expect(csvCell('-1+2')).toBe("'-1+2");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\t=1')).toBe("'\t=1");
  });

  it('leaves ordinary names and numbers alone, negative numbers included', () => {
    expect(csvCell('Trần Thị Ba')).toBe('Trần Thị Ba');
    expect(csvCell('Ba = Bà')).toBe('Ba = Bà');
    expect(csvCell(13)).toBe('13');
    expect(csvCell(-2)).toBe('-2');
  });

  it('never lets a text cell start with a formula character once written', () => {
    fc.assert(fc.property(fc.string({ maxLength: 20 }), (s) => !/^"?[=+\-@\t\r]/.test(csvCell(s))));
  });
});

describe('slugify / csvFileName', () => {
  it('folds Vietnamese to ASCII, đ included', () => {
    expect(slugify('Lớp sáng thứ Bảy — thôn 3')).toBe('lop-sang-thu-bay-thon-3');
    expect(slugify('Đội Đắk Lắk')).toBe('doi-dak-lak');
    expect(slugify('!!!')).toBe('');
  });

  it('names the file lop-<slug>-<date>.csv without saying "lop" twice', () => {
    const day = new Date(2026, 10, 22, 9);
    expect(csvFileName('Lớp sáng thứ Bảy — thôn 3', day)).toBe('lop-sang-thu-bay-thon-3-2026-11-22.csv');
    expect(csvFileName('Tổ dân phố 5', day)).toBe('lop-to-dan-pho-5-2026-11-22.csv');
    expect(csvFileName('“…”', day)).toBe('lop-hoc-2026-11-22.csv');
  });
});
