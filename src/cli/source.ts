/**
 * What `build` and `validate` read: a folder (its trainings.xlsx, trainings.csv or catalog.json), or one of those
 * files named directly. The result is a version 1 catalog as JSON, with file names as written, relative to `folder`.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, extname, join, relative, resolve } from 'node:path';
import { CatalogError, parseJson } from '../catalog/index.js';
import { catalogFromSheets, type Where } from './from-sheet.js';
import { readCsv, readWorkbook } from './sheet.js';
import type { Problem } from './types.js';

export interface Source {
  /** The catalog as JSON (undefined when the source could not be read at all). */
  catalog?: Record<string, unknown>;
  /** Catalog path → spreadsheet cell, for messages. Empty for a catalog.json source. */
  locations: Map<string, Where>;
  problems: Problem[];
  /** The folder file names are relative to. */
  folder: string;
  /** The file that was read, as it is printed. */
  display: string;
  kind: 'xlsx' | 'csv' | 'json';
  /** Files the spreadsheet's cells name, rows left out included. */
  named?: Array<{ ref: string; where: Where }>;
}

const CANDIDATES = ['trainings.xlsx', 'trainings.csv', 'catalog.json'];

/** Finds the file to read in `path`; a message when there is none. */
export function locateSource(path: string): { file: string } | { error: string } {
  if (!existsSync(path)) return { error: `${path} does not exist` };
  if (!statSync(path).isDirectory()) return { file: path };
  const found = CANDIDATES.map((name) => join(path, name)).filter((file) => existsSync(file));
  if (!found.length) {
    return { error: `${path} has none of ${CANDIDATES.join(', ')}: name the folder that holds your spreadsheet (or start one with rsp-archive new <new folder>)` };
  }
  return { file: found[0]! };
}

export async function readSource(file: string): Promise<Source> {
  const display = shown(file);
  const folder = dirname(resolve(file));
  const ext = extname(file).toLowerCase();
  const base = { locations: new Map<string, Where>(), folder, display };
  const others = CANDIDATES.filter((name) => name !== basename(file) && existsSync(join(folder, name)));
  const note: Problem[] = others.length
    ? [{ level: 'warning', file: display, message: `was read; ${others.join(' and ')} beside it ${others.length > 1 ? 'were' : 'was'} not (name a file to build from it)` }]
    : [];
  if (ext === '.xlsx') {
    const read = catalogFromSheets(await readWorkbook(file, display));
    return { ...base, ...read, problems: [...note, ...read.problems], kind: 'xlsx' };
  }
  if (ext === '.csv') {
    const read = catalogFromSheets(readCsv(file, display));
    return { ...base, ...read, problems: [...note, ...read.problems], kind: 'csv' };
  }
  if (ext === '.json') {
    try {
      const catalog = parseJson(readFileSync(file, 'utf8'), display) as Record<string, unknown>;
      return { ...base, catalog, problems: note, kind: 'json' };
    } catch (error) {
      const message = error instanceof CatalogError ? error.message.replace(`${display} `, '') : (error as Error).message;
      return { ...base, problems: [{ level: 'error', file: display, message }], kind: 'json' };
    }
  }
  return {
    ...base,
    kind: 'json',
    problems: [{ level: 'error', file: display, message: 'is not a spreadsheet (.xlsx, .csv) or a catalog (.json)' }],
  };
}

/** The nearest recorded cell for a catalog path: `trainings[0].sessions[1].video.sources[0].src` → its Video cell. */
export function locate(locations: Map<string, Where>, path: string): Where | undefined {
  for (let p = path; p; p = p.replace(/(\.[^.[\]]+|\[\d+\])$/, '')) {
    const found = locations.get(p);
    if (found) return found;
    if (!/(\.[^.[\]]+|\[\d+\])$/.test(p)) break;
  }
  return undefined;
}

/** One problem as a line: `trainings.xlsx, sheet Sessions, row 7, column F (Session date): error: …`. */
export function formatProblem(p: Problem): string {
  const at = [p.file, p.sheet && `sheet ${p.sheet}`, p.row && `row ${p.row}`, p.column && `column ${p.column}`, p.line && `line ${p.line}`];
  return `${at.filter(Boolean).join(', ')}: ${p.level}: ${p.path ? `${p.path}: ` : ''}${p.message}`;
}

/** A path as people typed it: relative to where they are, or absolute when it lies outside. */
export function shown(path: string): string {
  const rel = relative(process.cwd(), resolve(path));
  return rel === '' ? '.' : rel.startsWith('..') ? resolve(path) : rel;
}

/** Problems in the order a person works through them: by file, sheet and row (problems without a row first). */
export function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort((a, b) => a.file.localeCompare(b.file) || (a.sheet ?? '').localeCompare(b.sheet ?? '') || (a.row ?? 0) - (b.row ?? 0));
}
