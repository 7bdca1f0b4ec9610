/**
 * `rsp-archive new <folder>`: the starting folder — the spreadsheet (write-excel-file; CSV with csv-stringify), its
 * "Columns" sheet and README.txt explaining every column (from columns.ts), and a sample training that builds as it is.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { shown } from './source.js';
import { stringify } from 'csv-stringify/sync';
import writeExcelFile from 'write-excel-file/node';
import { ARCHIVE, AUDIENCES, MATERIALS, SESSIONS, SHEETS, TOPICS, type SheetSpec } from './columns.js';
import { packageRoot } from './site.js';

type Rows = Record<string, string>[];

/** The sample content: one training with one session and a handout, named by the files in templates/new/. */
export const SAMPLE: Record<string, Rows> = {
  [SESSIONS.name]: [
    {
      'Training id': 'sample', 'Training title': 'Sample training: sensory tools (replace this row)',
      Summary: 'A short sample recording. Replace this row with your first training.', 'First delivered': '2026-01-15',
      Format: 'prerecorded', Topics: 'Sensory modulation', Audiences: 'Direct care staff; Occupational therapists', Language: 'en',
      Presenters: 'Sam Presenter, OTR/L (Example Agency)', Thumbnail: 'media/sample.jpg', 'Session id': 'part-1',
      'Session title': 'Part 1: Finding calm', 'Session date': '2026-01-15', Video: 'media/sample.mp4',
      Poster: 'media/sample.jpg', Captions: 'media/sample.en.vtt', 'Captions checked': 'yes',
      'Audio description': 'media/sample.descriptions.vtt', 'Described in audio': 'no',
    },
  ],
  [MATERIALS.name]: [{ 'Training id': 'sample', 'Session id': 'part-1', Kind: 'worksheet', Title: 'Sensory worksheet', File: 'files/sample-handout.pdf' }],
  [TOPICS.name]: [
    { Id: 'six-core-strategies', Label: 'Six Core Strategies' }, { Id: 'trauma-informed-care', Label: 'Trauma-informed care' },
    { Id: 'sensory-modulation', Label: 'Sensory modulation' }, { Id: 'de-escalation', Label: 'De-escalation' },
  ],
  [AUDIENCES.name]: [
    { Id: 'direct-care', Label: 'Direct care staff' }, { Id: 'clinicians', Label: 'Clinicians' }, { Id: 'nurses', Label: 'Nurses' },
    { Id: 'occupational-therapists', Label: 'Occupational therapists' },
  ],
  [ARCHIVE.name]: [
    { Setting: 'Title', Value: 'Restraint & Seclusion Prevention Training Archive' },
    { Setting: 'Publisher', Value: 'Massachusetts Department of Mental Health' },
    { Setting: 'Publisher link', Value: 'https://www.mass.gov/orgs/massachusetts-department-of-mental-health' },
  ],
};

const grid = (spec: SheetSpec, rows: Rows): string[][] => [spec.columns.map((c) => c.heading), ...rows.map((r) => spec.columns.map((c) => r[c.heading] ?? ''))];

/** The workbook: one sheet per SheetSpec, then "Columns" explaining each. */
export async function writeWorkbookFile(path: string, content: Record<string, Rows>): Promise<void> {
  const bold = (value: string) => ({ value, fontWeight: 'bold' as const });
  const sheets = SHEETS.map((spec) => {
    const [head, ...body] = grid(spec, content[spec.name] ?? []);
    return {
      sheet: spec.name,
      data: [head!.map(bold), ...body.map((r) => r.map((value) => (value ? { value, type: String } : null)))],
      columns: spec.columns.map((c) => ({ width: Math.min(40, Math.max(12, c.heading.length + 2)) })),
      stickyRowsCount: 1,
    };
  });
  const explained = SHEETS.flatMap((spec) => spec.columns.map((c) => [spec.name, c.heading, c.required ? 'yes' : '', c.help, c.example]));
  sheets.push({
    sheet: 'Columns',
    data: [['Sheet', 'Column', 'Required', 'What to write', 'Example'].map(bold), ...explained.map((r) => r.map((value) => (value ? { value, type: String } : null)))],
    columns: [{ width: 12 }, { width: 20 }, { width: 9 }, { width: 80 }, { width: 40 }],
    stickyRowsCount: 1,
  });
  await writeExcelFile(sheets as never).toFile(path);
}

/** The same content as CSV files (UTF-8 with a byte-order mark, which Excel needs to read accents). */
export function writeCsvFiles(folder: string, content: Record<string, Rows>): void {
  for (const spec of SHEETS) writeFileSync(join(folder, spec.csv), `\ufeff${stringify(grid(spec, content[spec.name] ?? []))}`);
}

/** README.txt: what to do next, and every column. */
export function readme(csv: boolean, folder = '.'): string {
  const sheetWord = csv ? 'file' : 'sheet';
  const lines = [
    'Your training archive',
    '=====================',
    '',
    `1. Put recordings, captions (.vtt) and pictures in media/, handouts in files/.`,
    `2. Fill in ${csv ? 'trainings.csv (one row per session) and the other .csv files' : 'trainings.xlsx: the Sessions sheet has one row per session'}.`,
    '   Replace the sample row; the sample files can be deleted once nothing names them.',
    `3. Build the site and read its accessibility report, from the folder that holds ${folder}:`,
    `     npx rsp-archive build ${folder} --out ${folder}-site`,
    `     then open ${folder}-site/report.html`,
    `4. Look at it before uploading:  npx rsp-archive preview ${folder}-site`,
    `5. Upload everything in ${folder}-site to your web server (see the hosting guide in the rsp-archive docs).`,
    '',
    'Every mistake is reported with its row and column. Durations, picture sizes and page counts are read',
    'from the files themselves: leave those columns blank.',
    '',
  ];
  for (const spec of SHEETS) {
    lines.push(`${csv ? spec.csv : `Sheet "${spec.name}"`} — ${spec.about}`, '');
    for (const c of spec.columns) lines.push(`  ${c.heading}${c.required ? ' (required)' : ''}: ${c.help}${c.example ? ` Example: ${c.example}` : ''}`);
    lines.push('');
  }
  lines.push(`Dates are YYYY-MM-DD (or M/D/YYYY). Lists are separated by semicolons. Each ${sheetWord}'s first row holds its column headings.`);
  return `${lines.join('\n')}\n`;
}

/** `new`: refuses a folder that has files in it, so nothing is ever overwritten. */
export async function writeTemplate(folder: string, print: (text: string) => void, fail: (text: string, code?: number) => number, csv = false): Promise<number> {
  if (existsSync(folder) && readdirSync(folder).length) return fail(`${folder} is not empty; name a new folder (nothing was written)`, 1);
  mkdirSync(folder, { recursive: true });
  cpSync(join(packageRoot(), 'templates/new'), folder, { recursive: true });
  if (csv) writeCsvFiles(folder, SAMPLE);
  else await writeWorkbookFile(join(folder, 'trainings.xlsx'), SAMPLE);
  const where = shown(folder);
  writeFileSync(join(folder, 'README.txt'), readme(csv, where));
  print(`Wrote ${where}/: ${csv ? 'trainings.csv and the other CSV files' : 'trainings.xlsx'}, media/, files/ and README.txt.`);
  print(`Next: fill in ${csv ? 'trainings.csv' : 'trainings.xlsx'} (README.txt explains every column), then run`);
  print(`  npx rsp-archive build ${where} --out ${where}-site`);
  print(`and open ${where}-site/report.html; then: npx rsp-archive preview ${where}-site`);
  return 0;
}
