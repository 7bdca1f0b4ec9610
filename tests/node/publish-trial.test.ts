// The publisher as the first trial used it (TRIAL.md, issue 17): each defect a publishing staff member met, as the
// steps they took. They failed before their fixes.
import { readBuiltCatalog } from './built.js';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import assert from 'node:assert/strict';

const root = new URL('../..', import.meta.url).pathname;
const cli = join(root, 'bin/rsp-archive.js');
const dir = mkdtempSync(join(tmpdir(), 'rsp-trial-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const run = (...args: string[]) => spawnSync(process.execPath, [cli, ...args], { cwd: dir, encoding: 'utf8' });

/** A new CSV folder, its trainings.csv and materials.csv given extra rows (headings as `new --csv` writes them). */
function csvFolder(name: string, { sessions = [] as string[], materials = [] as string[], archive = [] as string[] } = {}) {
  assert.equal(run('new', name, '--csv').status, 0);
  const add = (file: string, rows: string[]) => rows.length && writeFileSync(join(dir, name, file), `${readFileSync(join(dir, name, file), 'utf8').trimEnd()}\r\n${rows.join('\r\n')}\r\n`);
  add('trainings.csv', sessions);
  add('materials.csv', materials);
  add('archive.csv', archive);
  return join(dir, name);
}
/** A Sessions row of `new`'s 29 columns from the few given (A = training id, S = session title, …). */
const row = (cells: Record<string, string>) => {
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  const all = Array.from({ length: 29 }, (_, i) => cells[i < 26 ? letters[i]! : `A${letters[i - 26]}`] ?? '');
  return all.map((value) => (/[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value)).join(',');
};

test('the sample training of `new` meets the media criteria, and its README names the folder to build', () => {
  const made = run('new', 'fresh');
  assert.equal(made.status, 0);
  assert.match(readFileSync(join(dir, 'fresh/README.txt'), 'utf8'), /rsp-archive build fresh --out fresh-site/);
  const built = run('build', 'fresh', '--out', 'fresh-site');
  assert.match(built.stdout, /1 of 1 session meets/);
});

test('file names with %, # and ? are copied and linked so that a browser finds them', () => {
  const folder = csvFolder('names', {
    materials: ['sample,part-1,handout,Pct,files/Q1 50% handout.pdf,', 'sample,part-1,handout,Hash,files/Handout #1 é.pdf,', 'sample,part-1,handout,Ask,files/What now?.pdf,'],
  });
  for (const name of ['Q1 50% handout.pdf', 'Handout #1 é.pdf', 'What now?.pdf']) cpSync(join(folder, 'files/sample-handout.pdf'), join(folder, 'files', name));
  const built = run('build', 'names', '--out', 'names-site');
  assert.equal(built.status, 0, built.stdout + built.stderr);
  const catalog = readBuiltCatalog(join(dir, 'names-site'));
  for (const material of catalog.trainings[0].sessions[0].materials) {
    const url = new URL(material.href, 'https://example.org/site/');
    assert.equal(url.search + url.hash, '', material.href);
    assert.ok(existsSync(join(dir, 'names-site', decodeURIComponent(url.pathname.replace('/site/', '')))), material.href);
  }
});

test('a build with errors says the site is not ready to upload', () => {
  csvFolder('broken', { materials: ['sample,part-1,handout,Gone,files/gone.pdf,'] });
  const built = run('build', 'broken', '--out', 'broken-site');
  assert.equal(built.status, 1);
  assert.match(built.stdout, /Not ready to upload: fix the 1 error above, then build again/);
  assert.doesNotMatch(built.stdout, /next: rsp-archive preview/);
});

test('two sessions of one training with the same id are an error at the second row', () => {
  csvFolder('dupes', { sessions: [row({ A: 'sample', R: 'part-1', S: 'Part 1 again' })] });
  const result = run('validate', 'dupes');
  assert.equal(result.status, 1);
  assert.match(result.stdout, /trainings\.csv, row 3, column R \(Session id\): error: "part-1" is already the id of a session of training "sample" \(row 2\)/);
});

test('captions without a known language take the training\'s, said once with the file name', () => {
  const folder = csvFolder('nolang', { sessions: [row({ A: 'apoyo', B: 'Apoyo', K: 'es', S: 'Parte 1', V: 'media/sample.mp4', X: 'media/nolang.vtt', Y: 'yes' })] });
  writeFileSync(join(folder, 'media/nolang.vtt'), 'WEBVTT\n\n00:00:00.000 --> 00:00:02.000\nHola.\n');
  const result = run('validate', 'nolang');
  assert.equal(result.status, 0, result.stdout);
  const warnings = result.stdout.split('\n').filter((line) => /language/.test(line) && /nolang/.test(line));
  assert.equal(warnings.length, 1, result.stdout);
  assert.match(warnings[0]!, /media\/nolang\.vtt.*the training's language, "es", is used/);
  assert.match(result.stdout, /2 training\(s\) read, 0 error/);
});

test('a duration typed as a time in Excel is read as one', async () => {
  const { readDuration } = await import('../../src/cli/cells.js');
  const time = new Date(Date.UTC(1899, 11, 30, 0, 0, 11));
  assert.deepEqual(readDuration({ value: time, text: '', column: 'U (Duration)' }), { value: 'PT11S' });
  const { cellText } = await import('../../src/cli/sheet.js');
  assert.equal(cellText(time), '00:00:11');
});

test('the Archive sheet: a bad date is reported at its row, an unknown setting is named, the trainings still count', () => {
  csvFolder('settings', { archive: ['Updated,last week', 'Titel,Mein Archiv'] });
  const result = run('validate', 'settings');
  assert.match(result.stdout, /archive\.csv, row 5, column B \(Value\): error: "last week" is not a date/);
  assert.match(result.stdout, /archive\.csv, row 6, column A \(Setting\): warning: "Titel" is not a setting the archive reads \(Title, Publisher, Publisher link or Updated\)/);
  assert.match(result.stdout, /1 training\(s\) read/);
});

test('every mistake of a Materials row is reported at once, in the CSV file\'s own name', () => {
  csvFolder('materials', { materials: ['sample,part-3,handouts,,files/gone.pdf,'] });
  const out = run('validate', 'materials').stdout;
  assert.match(out, /materials\.csv, row 3, column B \(Session id\): error: training "sample" has no session "part-3"/);
  assert.match(out, /materials\.csv, row 3, column C \(Kind\): error: "handouts" should be one of/);
  assert.match(out, /materials\.csv, row 3, column D \(Title\): error: needs a title/);
});

test('a near miss in a topic, audience or language says what was meant', () => {
  csvFolder('near', { sessions: [row({ A: 'near', B: 'Near', I: 'Deescalation', J: 'Nurse', K: 'Spanish', S: 'Part 1' })] });
  const out = run('validate', 'near').stdout;
  assert.match(out, /"Deescalation" is not on the Topics list \(topics\.csv\); did you mean "De-escalation"\?/);
  assert.match(out, /"Nurse" is not on the Audiences list \(audiences\.csv\); did you mean "Nurses"\?/);
  assert.match(out, /"Spanish" is not a language tag: write es for Spanish/);
});

test('the report counts each problem once, as the terminal does', () => {
  const folder = csvFolder('count', {});
  writeFileSync(join(folder, 'media/sample.en.vtt'), 'WEBVTT\n\n00:00:05.000 --> 00:00:02.000\nBackwards.\n');
  const built = run('build', 'count', '--out', 'count-site');
  const report = JSON.parse(readFileSync(join(dir, 'count-site/report.json'), 'utf8'));
  const [, errors, warnings] = /(\d+) error\(s\), (\d+) warning\(s\)/.exec(built.stdout)!;
  assert.deepEqual([report.counts.errors, report.counts.warnings], [Number(errors), Number(warnings)], built.stdout);
});

test('hints point the right way', () => {
  assert.equal(run('new', 'hints').status, 0);
  assert.match(run('preview', 'hints').stderr, /hints is not a built site.*rsp-archive build hints --out hints-site/);
  assert.match(run('build', 'hints/media', '--out', 'x').stderr, /hints\/media has none of trainings\.xlsx, trainings\.csv, catalog\.json: name the folder that holds your spreadsheet/);
  assert.match(run('build', 'hints', '--output', 'x').stderr, /unknown option --output/);
  assert.match(run('bulid', 'hints').stderr, /unknown command "bulid"; did you mean "build"\?/);
});

test('the built page has the archive\'s title once, and says what to do when opened as a file', () => {
  run('build', 'fresh', '--out', 'fresh-site');
  const page = readFileSync(join(dir, 'fresh-site/index.html'), 'utf8');
  assert.doesNotMatch(page, /<h1>/);
  assert.match(page, /heading-level="1"/);
  assert.match(page, /rsp-archive preview/);
});

test('a file named with other capitals than it has says which file was meant; a credit without hours is named', () => {
  csvFolder('capitals', { sessions: [row({ A: 'caps', B: 'Caps', O: 'CE', S: 'Part 1', V: 'Media/Sample.MP4' })] });
  const out = run('validate', 'capitals').stdout;
  assert.match(out, /row 3, column V \(Video\): error: Media\/Sample\.MP4 does not exist; did you mean media\/sample\.mp4\?/);
  assert.match(out, /row 3, column P \(Credit hours\): warning: a credit needs both its type and its hours/);
});

test('SubRip (.srt) captions, what captioning services send, are checked and published as WebVTT', () => {
  const folder = csvFolder('srt', { sessions: [row({ A: 'srt', B: 'SRT', S: 'Part 1', V: 'media/sample.mp4', X: 'media/talk.es.srt', Y: 'yes' })] });
  writeFileSync(join(folder, 'media/talk.es.srt'), '1\r\n00:00:00,000 --> 00:00:02,500\r\nHola a todos.\r\n\r\n2\r\n00:00:02,600 --> 00:00:04,000\r\nBienvenidos.\r\n');
  const built = run('build', 'srt', '--out', 'srt-site');
  assert.equal(built.status, 0, built.stdout + built.stderr);
  const catalog = readBuiltCatalog(join(dir, 'srt-site'));
  const captions = catalog.trainings[1].sessions[0].video.captions[0];
  assert.match(captions.src, /^media\/talk\.es\.[0-9a-f]{10}\.vtt$/);
  assert.deepEqual([captions.lang, captions.label], ['es', 'Español']);
  assert.equal(readFileSync(join(dir, 'srt-site', captions.src), 'utf8'), 'WEBVTT\n\n00:00:00.000 --> 00:00:02.500\nHola a todos.\n\n00:00:02.600 --> 00:00:04.000\nBienvenidos.\n');
});

// The second trial.
test('an unlisted Vimeo link is an error that says what to do, not a video that will not play', () => {
  csvFolder('vimeo', { sessions: [row({ A: 'v', B: 'Vimeo', S: 'Part 1', U: '65 min', V: 'https://vimeo.com/76979871/abc123def4' }), row({ A: 'w', B: 'Public', S: 'Part 1', U: '1 hr 5 min', V: 'https://vimeo.com/76979871' })] });
  const result = run('validate', 'vimeo');
  assert.match(result.stdout, /row 3, column V \(Video\): error: is an unlisted Vimeo video .*make it public on Vimeo, or upload the video file/);
  assert.doesNotMatch(result.stdout, /column U \(Duration\)/, '"65 min" and "1 hr 5 min" are durations');
});

test('a row with several mistakes shows them all in one build, a missing file of a left-out row included', () => {
  csvFolder('many', { sessions: [row({ A: 'sp ace', S: 'Part 1', T: 'January 15, 2026' })], materials: ['nosuch,,pamphlet,,files/missing.pdf,'] });
  const out = run('validate', 'many').stdout;
  assert.match(out, /trainings\.csv, row 3, column A \(Training id\): error: "sp ace" is not an id/);
  assert.match(out, /trainings\.csv, row 3, column T \(Session date\): error: "January 15, 2026" is not a date/);
  for (const column of ['A \\(Training id\\)', 'C \\(Kind\\)', 'D \\(Title\\)', 'E \\(File\\)']) assert.match(out, new RegExp(`materials\\.csv, row 3, column ${column}: error`));
  assert.match(out, /column E \(File\): error: files\/missing\.pdf does not exist/);
});

test('a session whose recording is missing does not meet the media criteria; report paths keep their case', () => {
  const folder = csvFolder('gone', { sessions: [row({ A: 'gone', B: 'Gone', S: 'Part 1', V: 'media/gone.mp4', X: 'media/sample.en.vtt', Y: 'yes', Z: 'media/sample.descriptions.vtt' })] });
  void folder;
  run('build', 'gone', '--out', 'gone-site');
  const report = JSON.parse(readFileSync(join(dir, 'gone-site/report.json'), 'utf8'));
  assert.equal(report.sessions.find((s: { training: string }) => s.training === 'gone').meets, false);
  assert.match(report.summary, /^1 of 2 sessions meet/);
  assert.match(readFileSync(join(dir, 'gone-site/report.html'), 'utf8'), /media\/gone\.mp4 does not exist/);
});

test('a title row above the headings is fine', () => {
  const folder = csvFolder('titled', {});
  const csv = readFileSync(join(folder, 'trainings.csv'), 'utf8').replace(/^\ufeff/, '');
  writeFileSync(join(folder, 'trainings.csv'), `\ufeffDMH trainings FY26 (draft)\r\n${csv}`);
  const result = run('validate', 'titled');
  assert.equal(result.status, 0, result.stdout);
  assert.match(result.stdout, /1 training\(s\) read, 0 error/);
});
