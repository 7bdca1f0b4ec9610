/**
 * Reads the publishing spreadsheet — an .xlsx workbook (read-excel-file) or CSV files (csv-parse) — into tables of
 * cells that know their row and column, so every mistake can be reported where a person will find it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { parse } from 'csv-parse/sync';
import readExcelFile from 'read-excel-file/node';
import { columnLetter, headingKey, SESSIONS, SHEETS, type SheetSpec } from './columns.js';
import type { Problem } from './types.js';

export type CellValue = string | number | boolean | Date | null;

export interface Cell {
  value: CellValue;
  /** The value as trimmed text ('' for an empty cell); dates as YYYY-MM-DD. */
  text: string;
  /** Where it is, for messages: `F (Session date)`. */
  column: string;
}

export interface Row {
  /** Row number as the spreadsheet program shows it: the headings are row 1. */
  row: number;
  cell(heading: string): Cell;
}

export interface Table {
  spec: SheetSpec;
  /** The file, as given on the command line. */
  file: string;
  /** The sheet's name in a workbook; undefined for a CSV file. */
  sheet?: string;
  rows: Row[];
}

export interface Sheets {
  tables: Map<string, Table>;
  problems: Problem[];
}

/** Text of a cell: trimmed; a whole-day date as YYYY-MM-DD; a number as written. */
export function cellText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return '';
    // A time of day or a duration typed in Excel (0:00:11) is a date on Excel's day zero, 1899-12-30.
    return value.getUTCFullYear() < 1900 ? value.toISOString().slice(11, 19) : value.toISOString().slice(0, 10);
  }
  return String(value).trim();
}

function table(spec: SheetSpec, file: string, sheet: string | undefined, data: CellValue[][], problems: Problem[]): Table {
  // The headings are the first row with two of the sheet's headings in it: a title row above them is fine.
  const known = (cells: CellValue[]) => cells.filter((c) => spec.columns.some((col) => headingKey(col.heading) === headingKey(cellText(c)) && cellText(c))).length;
  const found = data.slice(0, 5).findIndex((cells) => known(cells ?? []) >= Math.min(2, spec.columns.length));
  const top = Math.max(0, found);
  const headings = data[top] ?? [];
  const body = data.slice(top + 1);
  const where = { file, sheet, row: top + 1 };
  const index = new Map<string, number>();
  headings.forEach((heading, column) => {
    const text = cellText(heading);
    if (!text) return;
    const match = spec.columns.find((c) => headingKey(c.heading) === headingKey(text));
    if (!match) {
      problems.push({ level: 'warning', ...where, column: `${columnLetter(column)} (${text})`, message: `"${text}" is not a column the archive reads; it is ignored` });
    } else if (index.has(match.heading)) {
      problems.push({ level: 'error', ...where, column: `${columnLetter(column)} (${text})`, message: `"${text}" appears twice; keep one` });
    } else {
      index.set(match.heading, column);
    }
  });
  for (const column of spec.columns) {
    if (column.required && !index.has(column.heading)) {
      problems.push({ level: 'error', ...where, message: `the column "${column.heading}" is missing from the headings in row ${top + 1}` });
    }
  }
  const rows: Row[] = [];
  body.forEach((cells, at) => {
    if (!cells.some((value) => cellText(value) !== '')) return; // blank rows between trainings are fine
    rows.push({
      row: top + at + 2,
      cell(heading) {
        const column = index.get(heading);
        const value = column === undefined ? null : cells[column] ?? null;
        const letter = column === undefined ? '' : `${columnLetter(column)} `;
        return { value, text: cellText(value), column: `${letter}(${heading})` };
      },
    });
  });
  return { spec, file, sheet, rows };
}

/** Reads a workbook's sheets by name (Sessions, Materials, Topics, Audiences, Archive; others are ignored). */
export async function readWorkbook(path: string, display: string): Promise<Sheets> {
  const problems: Problem[] = [];
  const tables = new Map<string, Table>();
  let sheets: Array<{ sheet: string; data: CellValue[][] }>;
  try {
    sheets = (await readExcelFile(path)) as Array<{ sheet: string; data: CellValue[][] }>;
  } catch (error) {
    problems.push({ level: 'error', file: display, message: `could not be read as an .xlsx workbook (${(error as Error).message}). Save it from your spreadsheet program as "Excel Workbook (.xlsx)".` });
    return { tables, problems };
  }
  for (const spec of SHEETS) {
    const found = sheets.find((s) => headingKey(s.sheet) === headingKey(spec.name)) ??
      (spec === SESSIONS ? sheets.find((s) => !SHEETS.some((other) => headingKey(other.name) === headingKey(s.sheet))) : undefined);
    if (found) tables.set(spec.name, table(spec, display, found.sheet, found.data, problems));
  }
  if (!tables.has(SESSIONS.name)) {
    problems.push({ level: 'error', file: display, message: `has no "${SESSIONS.name}" sheet (one row per session)` });
  }
  return { tables, problems };
}

/** Decodes a CSV file as UTF-8, or as Windows-1252 when it is not valid UTF-8 (what older Excel saves). */
function decode(bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/** Reads trainings.csv and, beside it, materials.csv, topics.csv, audiences.csv and archive.csv when they exist. */
export function readCsv(path: string, display: string): Sheets {
  const problems: Problem[] = [];
  const tables = new Map<string, Table>();
  const folder = dirname(path);
  for (const spec of SHEETS) {
    const file = spec === SESSIONS ? path : join(folder, spec.csv);
    const shown = spec === SESSIONS ? display : join(dirname(display), spec.csv);
    if (!existsSync(file)) continue;
    let data: CellValue[][];
    try {
      // Every line ending, mixed too: a file edited by hand on two systems has both.
      data = parse(decode(readFileSync(file)), { bom: true, relax_column_count: true, skip_empty_lines: false, delimiter: sniffDelimiter(file), record_delimiter: ['\r\n', '\n', '\r'] });
    } catch (error) {
      const { lines } = error as { lines?: number };
      problems.push({ level: 'error', file: shown, row: lines, message: `could not be read as CSV: ${(error as Error).message}` });
      continue;
    }
    tables.set(spec.name, table(spec, shown, undefined, data, problems));
  }
  if (!tables.has(SESSIONS.name)) problems.push({ level: 'error', file: display, message: 'does not exist' });
  return { tables, problems };
}

/** Excel in many European locales saves CSV with semicolons: take whichever of `,` `;` or tab the heading row uses most. */
function sniffDelimiter(file: string): string {
  const first = readFileSync(file, 'utf8').split(/\r?\n/, 1)[0] ?? '';
  const counts = [',', ';', '\t'].map((d) => [d, first.split(d).length] as const);
  return counts.reduce((best, next) => (next[1] > best[1] ? next : best))[0];
}

/** The name of a sheet's place for messages: `trainings.xlsx, sheet Sessions` or `trainings.csv`. */
export const tableName = (t: Pick<Table, 'file' | 'sheet'>): string => (t.sheet ? `${basename(t.file)}, sheet ${t.sheet}` : basename(t.file));
