// The publisher (`rsp-archive new | build | validate`), run over fixtures as publishing staff would run it.
import { readBuiltCatalog } from './built.js';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkSource } from '../../src/cli/check.js';
import { readSource } from '../../src/cli/source.js';

const root = new URL('../..', import.meta.url).pathname;
const cli = join(root, 'bin/rsp-archive.js');
const run = (...args: string[]) => spawnSync(process.execPath, [cli, ...args], { cwd: root, encoding: 'utf8' });
const fixture = (path: string) => join(root, 'tests/fixtures/publish', path);
const read = async (path: string) => checkSource(await readSource(path));
const tmp = () => mkdtempSync(join(tmpdir(), 'rsp-publish-'));

test('XLSX and CSV of the same sheet give the same catalog', async () => {
  const [xlsx, csv] = await Promise.all([read(fixture('every-column/trainings.xlsx')), read(fixture('every-column/trainings.csv'))]);
  assert.deepEqual(xlsx.catalog, csv.catalog);
  assert.deepEqual(xlsx.catalog.trainings.map((t: { id: string }) => t.id), ['course', 'yt', 'plan']);
});

test('every column reaches the catalog', async () => {
  const { catalog, problems } = await read(fixture('every-column/trainings.xlsx'));
  assert.deepEqual(problems.filter((p) => p.level === 'error'), []);
  const [course, yt, plan] = catalog.trainings;
  assert.equal(course.description, 'Paragraph one.\n\nParagraph two, with “quotes” and é.');
  assert.deepEqual(course.presenters, [
    { name: 'Ana Ruiz', credentials: 'PhD, LICSW', affiliation: 'Tallis Point Hospital' },
    { name: 'Ben Ode', affiliation: 'Merrow Valley' },
  ]);
  assert.equal(course.format, 'live-online');
  assert.deepEqual(course.topics, ['trauma-informed-care', 'de-escalation']);
  assert.deepEqual(course.audiences, ['clinicians', 'direct-care']);
  assert.deepEqual(course.credits, [{ type: 'CE', hours: 1.5, body: 'Fictional CE Council' }]);
  assert.equal(course.advisory, 'Discusses restraint.');
  const [one, two] = course.sessions;
  assert.deepEqual(one.video.sources, [{ src: 'media/talk.webm', type: 'video/webm' }, { src: 'media/talk.mp4', type: 'video/mp4' }]);
  assert.deepEqual(one.video.captions, [
    { src: 'media/talk.en.vtt', quality: 'verified', lang: 'en', label: 'English' },
    { src: 'media/talk.es.vtt', quality: 'verified', lang: 'es', label: 'Español' },
  ]);
  assert.equal(one.video.descriptions, 'media/talk.descriptions.vtt');
  assert.equal(two.date, '2021-03-11', 'a US date M/D/YYYY is read');
  assert.equal(two.video.captions[0].quality, 'automatic');
  assert.deepEqual(yt.sessions[0].video, { embed: { provider: 'youtube', id: 'abc123XYZ_-' }, describedInAudio: true });
  assert.equal(yt.sessions[0].id, 'session-1');
  assert.deepEqual(yt.topics, ['debriefing'], 'a topic with no id gets one from its label');
  assert.equal(plan.sessions[0].materials[0].kind, 'worksheet');
  assert.deepEqual(catalog.publisher, { name: 'Fixture publisher', url: 'https://example.org/' });
});

test('probed durations, picture sizes and page counts are the files\' own', async () => {
  const { catalog } = await read(fixture('every-column/trainings.csv'));
  const [course] = catalog.trainings;
  assert.equal(course.sessions[0].duration, 'PT11S', 'read from talk.webm (11.0 s)');
  assert.equal(course.sessions[1].duration, 'PT11S', 'typed 0:00:11, which the file agrees with');
  assert.deepEqual([course.thumbnail.width, course.thumbnail.height], [320, 180]);
  const handout = course.sessions[0].materials[0];
  const slides = course.materials[0];
  assert.deepEqual([handout.pages, handout.tagged, handout.bytes], [2, true, statSync(fixture('every-column/files/plan.pdf')).size]);
  assert.deepEqual([slides.pages, slides.tagged, slides.type], [3, false, 'application/pdf']);
});

test('mistakes are reported with file, row and column, and the good trainings are kept', () => {
  const result = run('validate', 'tests/fixtures/publish/mistakes');
  assert.equal(result.status, 1, result.stdout + result.stderr);
  const out = result.stdout;
  assert.match(out, /mistakes\/trainings\.csv, row 7, column T \(Session date\): error: "2021-13-04" is not a date: write it as YYYY-MM-DD/);
  assert.match(out, /mistakes\/trainings\.csv, row 3, column V \(Video\): error: media\/missing\.mp4 does not exist/);
  assert.match(out, /mistakes\/trainings\.csv, row 4, column I \(Topics\): error: "Underwater basket weaving" is not on the Topics list \(topics\.csv\)/);
  assert.match(out, /row 8, column A \(Training id\): error: "bad id!" is not an id/);
  assert.match(out, /5 training\(s\) read, 4 error\(s\)/);
});

test('a typed fact the file contradicts is a warning', async () => {
  const dir = tmp();
  try {
    const csv = readFileSync(fixture('every-column/trainings.csv'), 'utf8').replace('0:00:11', '1:32:00');
    for (const name of readdirSync(fixture('every-column'))) if (name.endsWith('.csv')) writeFileSync(join(dir, name), name === 'trainings.csv' ? csv : readFileSync(fixture(`every-column/${name}`)));
    spawnSync('cp', ['-r', fixture('every-column/media'), fixture('every-column/files'), dir]);
    const { problems } = await read(join(dir, 'trainings.csv'));
    const warning = problems.find((p) => /duration/.test(p.message));
    assert.equal(warning?.level, 'warning');
    assert.equal(warning?.row, 3);
    assert.match(warning!.message, /given as PT1H32M but media\/talk\.mp4 is PT11S/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('new writes a folder that builds as it is, into a site with content-hashed files and a report', () => {
  const dir = tmp();
  try {
    const made = run('new', join(dir, 'archive'));
    assert.equal(made.status, 0, made.stderr);
    for (const name of ['trainings.xlsx', 'README.txt', 'media/sample.mp4', 'files/sample-handout.pdf']) assert.ok(existsSync(join(dir, 'archive', name)), name);
    assert.match(readFileSync(join(dir, 'archive/README.txt'), 'utf8'), /Captions checked: yes when a person has checked the captions/);
    assert.equal(run('new', join(dir, 'archive')).status, 1, 'a folder with files in it is never overwritten');
    const built = run('build', join(dir, 'archive'), '--out', join(dir, 'site'));
    assert.equal(built.status, 0, built.stdout + built.stderr);
    assert.match(built.stdout, /1 of 1 session meets the WCAG 2\.1 AA media criteria|0 of 1 session/);
    const site = join(dir, 'site');
    const catalog = readBuiltCatalog(site);
    const src = catalog.trainings[0].sessions[0].video.sources[0].src;
    assert.match(src, /^media\/sample\.[0-9a-f]{10}\.mp4$/);
    assert.ok(existsSync(join(site, src)));
    for (const name of ['index.html', 'report.html', 'report.json', 'lib/rsp-archive.js', '_headers']) assert.ok(existsSync(join(site, name)), name);
    assert.equal(run('build', join(dir, 'archive'), '--out', join(dir, 'archive')).status, 2, 'the source is never the output');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('new --csv writes the same template as CSV files, and both give one catalog', async () => {
  const dir = tmp();
  try {
    assert.equal(run('new', join(dir, 'x')).status, 0);
    assert.equal(run('new', join(dir, 'c'), '--csv').status, 0);
    assert.ok(existsSync(join(dir, 'c/trainings.csv')) && existsSync(join(dir, 'c/topics.csv')));
    const [x, c] = await Promise.all([read(join(dir, 'x/trainings.xlsx')), read(join(dir, 'c/trainings.csv'))]);
    assert.deepEqual(x.catalog, c.catalog);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('every command has --help, and a wrong one exits 2 with the usage', () => {
  for (const command of ['new', 'build', 'preview', 'validate']) {
    const result = run(command, '--help');
    assert.equal(result.status, 0);
    assert.match(result.stdout, new RegExp(`^Usage: rsp-archive ${command}`));
  }
  const wrong = run('publish');
  assert.equal(wrong.status, 2);
  assert.match(wrong.stderr, /unknown command "publish"/);
  assert.equal(run('build', 'demo/source').status, 2, 'build without --out');
});

test('the report lists an untagged PDF and a session without captions, and --strict fails on them', () => {
  const dir = tmp();
  try {
    const built = run('build', 'tests/fixtures/publish/every-column/trainings.xlsx', '--out', join(dir, 'site'));
    assert.equal(built.status, 0, built.stdout + built.stderr);
    const report = JSON.parse(readFileSync(join(dir, 'site/report.json'), 'utf8'));
    const session = (training: string) => report.sessions.find((s: { training: string }) => s.training === training);
    const yt = session('yt');
    assert.equal(yt.meets, false);
    assert.ok(yt.checks.some((c: { criterion: string; status: string }) => /^1\.2\.2/.test(c.criterion) && c.status !== 'pass'), JSON.stringify(yt.checks));
    const course = report.trainings.find((t: { id: string }) => t.id === 'course');
    assert.ok(course.checks.some((c: { criterion: string; status: string; message: string }) => /^1\.3\.1/.test(c.criterion) && c.status === 'fail' && /slides/i.test(c.message)), JSON.stringify(course.checks));
    assert.match(report.summary, /^\d+ of 4 sessions meet the WCAG 2\.1 AA media criteria$/);
    const html = readFileSync(join(dir, 'site/report.html'), 'utf8');
    assert.match(html, /On YouTube/);
    assert.match(html, /Course slides/);
    const strict = run('build', 'tests/fixtures/publish/every-column/trainings.xlsx', '--out', join(dir, 'site'), '--strict');
    assert.equal(strict.status, 1, 'a session that does not meet the media criteria fails --strict');
    assert.match(strict.stdout, /of 4 sessions meet/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('an HLS playlist and its segments get hashed names, the playlist rewritten to name them; no file leaves the site', () => {
  const dir = tmp();
  try {
    spawnSync('mkdir', ['-p', join(dir, 'src/media')]);
    spawnSync('cp', ['-r', join(root, 'demo/source/media/hls'), join(dir, 'src/media/')]);
    writeFileSync(join(dir, 'src/catalog.json'), JSON.stringify({
      version: 1, title: 'HLS', trainings: [
        { id: 'a', title: 'A', sessions: [{ id: 's', title: 'S', video: { sources: [{ src: 'media/hls/tist-1.m3u8' }] } }] },
        { id: 'b', title: 'B', sessions: [{ id: 's', title: 'S', video: { sources: [{ src: '../outside.mp4' }] } }] },
      ],
    }));
    writeFileSync(join(dir, 'outside.mp4'), 'x');
    const built = run('build', join(dir, 'src'), '--out', join(dir, 'site'));
    assert.equal(built.status, 1, 'a file outside the source folder is an error');
    assert.match(built.stdout, /\.\.\/outside\.mp4 is outside the source folder/);
    const catalog = readBuiltCatalog(join(dir, 'site'));
    const src = catalog.trainings[0].sessions[0].video.sources[0];
    assert.match(src.src, /^media\/hls\/tist-1\.[0-9a-f]{10}\.m3u8$/);
    assert.equal(src.type, 'application/vnd.apple.mpegurl');
    assert.equal(catalog.trainings[0].sessions[0].duration, 'PT11S', 'the sum of the playlist\'s segments');
    const segments = readFileSync(join(dir, 'site', src.src), 'utf8').split('\n').filter((line) => line && !line.startsWith('#'));
    assert.equal(segments.length, 6);
    for (const segment of segments) {
      assert.match(segment, /^tist-1-00\d\.[0-9a-f]{10}\.ts$/);
      assert.ok(existsSync(join(dir, 'site/media/hls', segment)), segment);
    }
    assert.equal(catalog.trainings[1].sessions[0].video.sources[0].src, '../outside.mp4', 'left as written, and reported');
    assert.ok(!existsSync(join(dir, 'outside.0000000000.mp4')));
    assert.deepEqual(readdirSync(dir).sort(), ['outside.mp4', 'site', 'src']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('in a workbook, a mistake is named by file, sheet, row and column', async () => {
  const dir = tmp();
  try {
    const { writeWorkbookFile, SAMPLE } = await import('../../src/cli/template.js');
    const sessions = Array.from({ length: 6 }, (_, n) => ({ 'Training id': `t${n}`, 'Training title': `T ${n}`, 'Session title': 'Part 1', 'Session date': n === 5 ? '2021-02-30' : '2021-02-01' }));
    await writeWorkbookFile(join(dir, 'trainings.xlsx'), { ...SAMPLE, Sessions: sessions, Materials: [] });
    const result = run('validate', join(dir, 'trainings.xlsx'));
    assert.equal(result.status, 1);
    assert.match(result.stdout, /trainings\.xlsx, sheet Sessions, row 7, column T \(Session date\): error: "2021-02-30" is not a date/);
    assert.match(result.stdout, /6 training\(s\) read, 1 error/, "the training keeps its other facts");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
