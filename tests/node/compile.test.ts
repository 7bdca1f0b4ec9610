// The compiled catalog (format version 2): what `rsp-archive build` writes (src/cli/compile.ts) and how the elements
// read it back (src/catalog/compiled.ts, read.ts, spoken.ts) — the same list and trainings as the single file, names
// that change only with their content, damaged rows skipped and the rest kept, a spoken-word index whose shards a
// query fetches a few at a time.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { afterEach, describe, test } from 'node:test';
import Ajv from 'ajv';
import Ajv2020 from 'ajv/dist/2020.js';
import { compileCatalog, type SpokenText } from '../../src/cli/compile.js';
import { emptyFilters } from '../../src/catalog/browse.js';
import { readCompiled } from '../../src/catalog/compiled.js';
import { listing } from '../../src/catalog/listing.js';
import { CatalogError } from '../../src/catalog/errors.js';
import { checkCatalog, readTrainingFile } from '../../src/catalog/read.js';
import { SpokenIndex } from '../../src/catalog/spoken.js';
import type { Catalog, Training } from '../../src/catalog/normalize.js';
import { generateCatalog } from '../generate.js';
import { generateTranscript } from '../generate-text.js';
import { smallArchive } from './catalogs.js';

const ENTRY = 'https://cdn.example.org/archive/catalog.json';
const demo = JSON.parse(readFileSync(new URL('../../demo/catalog.json', import.meta.url), 'utf8'));

/** Reads compiled `files` back as the elements do, from `ENTRY`. */
async function readBack(entry: Record<string, unknown>, files: Map<string, string>) {
  const fetched: string[] = [];
  const fetchJson = async (url: string) => {
    const path = url.slice(new URL('./', ENTRY).href.length);
    fetched.push(path);
    const text = files.get(path);
    if (text === undefined) throw new Error(`no file ${path}`);
    return JSON.parse(text);
  };
  return { ...(await readCompiled(entry, ENTRY, fetchJson)), fetched, fetchJson };
}

/** As JSON says it: a field that is undefined is no field. */
const json = (value: unknown) => JSON.parse(JSON.stringify(value));

/** What a card, a facet and the search read of a training. */
const LISTED = ['id', 'title', 'subtitle', 'summary', 'description', 'format', 'language', 'thumbnail', 'topics', 'audiences',
  'presenters', 'credits', 'firstDelivered', 'year', 'topicLabels', 'audienceLabels', 'durationSeconds', 'includes'] as const;
const listed = (training: Training) => ({
  ...Object.fromEntries(LISTED.map((field) => [field, training[field as keyof Training]])),
  sessions: training.sessions.map((session) => [session.id, session.durationSeconds]),
});

describe('compileCatalog and readCompiled', () => {
  for (const [name, source] of [['the demo archive', demo], ['a generated archive of 300', generateCatalog(300, 7)], ['a small archive', smallArchive()]] as const) {
    test(`${name}: the same list and the same whole trainings as the single file`, async () => {
      const single = checkCatalog(source, ENTRY);
      const { entry, files } = compileCatalog(source);
      const { catalog, warnings, fetched, fetchJson } = await readBack(entry, files);
      assert.deepEqual(warnings, []);
      assert.equal(catalog.version, 2);
      assert.equal(catalog.title, single.catalog.title);
      assert.deepEqual(catalog.topics, single.catalog.topics);
      assert.deepEqual(json(catalog.trainings.map(listed)), json(single.catalog.trainings.map(listed)));
      assert.deepEqual(fetched, [entry.list], 'the list index is the one file read for the list');
      // Each training's own file is the single file's training, read whole.
      for (const row of catalog.trainings) {
        const data = await fetchJson(row.detail!);
        const { training } = readTrainingFile(data, row.id, catalog, 'file', row.detail!);
        const expected = single.catalog.trainings.find((each) => each.id === row.id)!;
        assert.deepEqual({ ...training, detail: undefined }, { ...expected, detail: undefined }, row.id);
      }
    });
  }

  test("the entry holds the default list's first page, read before the list index is fetched", async () => {
    const source = generateCatalog(300, 9);
    const { entry, files } = compileCatalog(source);
    const single = checkCatalog(source, ENTRY).catalog;
    const firstPage = listing(single, { query: '', filters: emptyFilters(), page: 1 }, { curated: [], limit: 0, pageSize: 24 }).page.items;
    const previews: Array<{ ids: string[]; count: number; fetchedBefore: number }> = [];
    const fetched: string[] = [];
    await readCompiled(entry, ENTRY, async (url) => {
      fetched.push(url);
      return JSON.parse(files.get(url.slice(new URL('./', ENTRY).href.length))!);
    }, ({ catalog, count }) => previews.push({ ids: catalog.trainings.map((training) => training.id), count, fetchedBefore: fetched.length }));
    assert.deepEqual(previews, [{ ids: firstPage.map((training) => training.id), count: 300, fetchedBefore: 0 }]);
  });

  test('the list index is at most a quarter of the compact single file at 2,000 trainings', () => {
    const source = generateCatalog(2000, 3);
    const { entry, files } = compileCatalog(source);
    const list = files.get(entry.list as string)!;
    assert.ok(list.length <= JSON.stringify(source).length / 4, `${list.length} > ¼ of ${JSON.stringify(source).length}`);
  });

  test('names are content hashes: the same input gives the same files; a changed training renames its file and the list only', () => {
    const source = generateCatalog(20, 5);
    const first = compileCatalog(source);
    assert.deepEqual([...compileCatalog(structuredClone(source)).files.keys()], [...first.files.keys()]);
    for (const name of first.files.keys()) assert.match(name, /^(list|trainings\/[\w-]+)\.[0-9a-f]{10}\.json$/);
    const changed = structuredClone(source);
    changed.trainings[3].sessions[0].title = 'Module 1: a new title';
    const second = compileCatalog(changed);
    const renamed = [...second.files.keys()].filter((name) => !first.files.has(name));
    assert.deepEqual(renamed.map((name) => name.replace(/\.[0-9a-f]{10}\.json$/, '')).sort(), ['list', `trainings/${changed.trainings[3].id}`]);
  });

  test('a damaged row is skipped with a warning that names it; every other row is kept', async () => {
    const { entry, files } = compileCatalog(smallArchive());
    const list = JSON.parse(files.get(entry.list as string)!);
    const title = list.fields.indexOf('title');
    list.rows[1][title] = 42;
    list.rows[3] = 'not a row';
    list.rows.push([...list.rows[0]]); // the same id again
    files.set(entry.list as string, JSON.stringify(list));
    const { catalog, warnings } = await readBack(entry, files);
    assert.deepEqual(catalog.trainings.map((training) => training.id), ['calm', 'pares', 'module-2', ...smallArchive().trainings.slice(5).map((t) => t.id)]);
    assert.deepEqual(warnings.map((warning) => warning.code), ['invalid-training', 'invalid-training', 'duplicate-id']);
    assert.match(warnings[0].message, /^list\.[0-9a-f]{10}\.json rows\[1\] \(id "tist"\) was skipped: it needs an id, a title and its file$/);
  });

  test('text stays text and only http(s) addresses are kept', async () => {
    const source = smallArchive();
    Object.assign(source.trainings[0], {
      title: 'Calm <img src=x onerror=alert(1)>',
      thumbnail: { src: 'javascript:alert(1)', alt: 'x' },
    });
    Object.assign(source.trainings[1], { thumbnail: { src: 'images/tist.jpg', alt: 'A trainer' } });
    const { entry, files } = compileCatalog(source);
    const { catalog } = await readBack(entry, files);
    assert.equal(catalog.trainings[0].title, 'Calm <img src=x onerror=alert(1)>');
    assert.equal(catalog.trainings[0].thumbnail, undefined);
    assert.equal(catalog.trainings[1].thumbnail?.src, 'https://cdn.example.org/archive/images/tist.jpg');
  });

  test('an entry without a list, or a list that is not one, is a clear schema error', async () => {
    const { entry, files } = compileCatalog(smallArchive());
    await assert.rejects(readBack({ ...entry, list: undefined }, files), (error: CatalogError) =>
      error.kind === 'schema' && /catalog\.json: a compiled catalog needs a "title" and a "list"/.test(error.message));
    files.set(entry.list as string, JSON.stringify({ rows: 'none' }));
    await assert.rejects(readBack(entry, files), (error: CatalogError) =>
      error.kind === 'schema' && /^list\.[0-9a-f]{10}\.json: not a list index/.test(error.message));
  });
});

describe('compiled.schema.json', () => {
  test('every file the build writes for the demo and a generated archive is valid; damaged ones are not', () => {
    const schema = JSON.parse(readFileSync(new URL('../../compiled.schema.json', import.meta.url), 'utf8'));
    const v1 = JSON.parse(readFileSync(new URL('../../catalog.schema.json', import.meta.url), 'utf8'));
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    ajv.addSchema(schema, 'compiled');
    const check = (name: string, data: unknown) => {
      const ok = ajv.validate(`compiled#/$defs/${name}`, data);
      return ok ? '' : ajv.errorsText(ajv.errors);
    };
    const validV1 = new Ajv({ allErrors: true, strict: false }).compile(v1);
    const source = generateCatalog(60, 4);
    const spoken = source.trainings.map((_, t) => ({ training: t, session: 0, cues: generateTranscript(t + 1, { words: 300 }) }));
    for (const [input, said] of [[demo, []], [source, spoken]] as const) {
      const { entry, files } = compileCatalog(input, said as SpokenText[]);
      assert.equal(check('entry', entry), '');
      for (const [name, text] of files) {
        const data = JSON.parse(text);
        const kind = name.startsWith('list.') ? 'listIndex' : name.startsWith('spoken.') ? 'spokenDirectory' : name.startsWith('spoken-') ? 'spokenShard' : 'training';
        if (kind === 'training') {
          // A training file is a training of a version-1 catalog.
          const wrapped = { version: 1, title: 't', topics: entry.topics, audiences: entry.audiences, trainings: [data] };
          assert.ok(validV1(wrapped), `${name}: ${JSON.stringify(validV1.errors)}`);
        } else assert.equal(check(kind, data), '', name);
      }
      const list = JSON.parse(files.get(entry.list as string)!);
      assert.notEqual(check('listIndex', { ...list, rows: [[...list.rows[0].slice(0, 6), 'in-person']] }), '', 'a format by name');
      assert.notEqual(check('entry', { ...entry, version: 1 }), '');
    }
  });
});

describe('the spoken-word index', () => {
  const realFetch = globalThis.fetch;
  afterEach(() => {
    globalThis.fetch = realFetch;
  });

  /** Compiles `source` with `spoken`, serves its files through `fetch` and counts what a search asks for. */
  async function index(source: ReturnType<typeof smallArchive>, spoken: SpokenText[], options = {}) {
    const { entry, files } = compileCatalog(source, spoken, options);
    const asked: string[] = [];
    globalThis.fetch = (async (input: string | URL) => {
      const path = String(input).slice(new URL('./', ENTRY).href.length);
      asked.push(path);
      const text = files.get(path);
      return text === undefined ? new Response('missing', { status: 404 }) : new Response(text, { status: 200 });
    }) as typeof fetch;
    const { catalog } = await readBack(entry, files);
    asked.length = 0;
    return { catalog, files, asked, search: new SpokenIndex(catalog as Catalog, catalog.spoken!) };
  }

  const said = (training: number, session: number, cues: Array<[number, string]>): SpokenText =>
    ({ training, session, cues: cues.map(([start, text]) => ({ start, text })) });

  test('a phrase finds the moment it was said, with or without accents, a prefix as it is typed', async () => {
    const { search } = await index(smallArchive(), [
      said(0, 0, [[12.8, 'Keep a steady voice and offer a choice.'], [30, 'Comfort rooms help.']]),
      said(2, 0, [[75.2, 'Compartimos nuestra recuperación con los demás.']]),
      said(1, -1, [[0, 'The comfort room checklist.']]),
    ]);
    const top = (moments: Awaited<ReturnType<SpokenIndex['search']>>) =>
      moments.map((moment) => [moment.training.id, moment.session ?? 'handout', moment.seconds, moment.text]);
    assert.deepEqual(top(await search.search('steady voice')), [['calm', '1', 12, 'Keep a steady voice and offer a choice.']]);
    assert.deepEqual(top(await search.search('recuperacion ')), [['pares', '1', 75, 'Compartimos nuestra recuperación con los demás.']]);
    assert.deepEqual(top(await search.search('RECUPERACIÓN')), top(await search.search('recuperacion')));
    assert.deepEqual(top(await search.search('comfort roo')).sort(), [
      ['calm', '1', 30, 'Comfort rooms help.'],
      ['tist', 'handout', 0, 'The comfort room checklist.'],
    ]);
    assert.deepEqual(await search.search('zeppelin '), []);
    // Where nothing says both words of two, what says one of them is shown rather than nothing.
    assert.deepEqual(top(await search.search('steady recuperacion ')).map(([id]) => id).sort(), ['calm', 'pares']);
    // A moment that says every word comes first and alone.
    assert.deepEqual(top(await search.search('steady choice ')).map(([id]) => id), ['calm']);
  });

  test('nothing is fetched before the first search; a later query fetches only its shards, each once', async () => {
    const source = generateCatalog(200, 11);
    const spoken = source.trainings.map((_, t) => said(t, 0, generateTranscript(t + 1, { words: 1200 }).map((cue) => [cue.start, cue.text])));
    const { search, asked, files } = await index(source as never, spoken);
    assert.deepEqual(asked, []);
    await search.search('restraint ');
    assert.equal(asked.length, 2, 'the directory and one shard');
    assert.match(asked[0], /^spoken\.[0-9a-f]{10}\.json$/);
    const shards = [...files.keys()].filter((name) => /^spoken-/.test(name));
    assert.ok(shards.length > 10, `${shards.length} shards`);
    await search.search('restraint ');
    assert.equal(asked.length, 2, 'the same query again fetches nothing');
    await search.search('re');
    assert.equal(asked.length, 2, 'two letters being typed fetch nothing');
    await search.search('debriefing process');
    assert.ok(asked.length <= 4, asked.join(' '));
    assert.equal(new Set(asked).size, asked.length, 'no file twice');
  });

  test('at most trainingsPerWord trainings and momentsPerTraining moments are kept per word; shards stay near their size', async () => {
    const source = generateCatalog(40, 2);
    const spoken = source.trainings.map((_, t) => said(t, 0, Array.from({ length: 5 }, (_, at) => [at * 10, `calm voice number ${at}`])));
    const { files } = await index(source as never, spoken, { trainingsPerWord: 3, momentsPerTraining: 2, shardSize: 500 });
    const shards = [...files].filter(([name]) => /^spoken-/.test(name)).map(([, text]) => JSON.parse(text));
    const calm = shards.find((shard) => shard.words.includes('calm'));
    const hits = calm.hits[calm.words.indexOf('calm')];
    assert.equal(calm.trainings[calm.words.indexOf('calm')], 40, 'how many trainings say it, all counted');
    assert.equal(hits.length / 4, 3 * 2, 'three trainings, two moments each');
    for (const shard of shards) assert.deepEqual(shard.words, [...shard.words].sort());
  });

  test('a damaged shard rejects with a parse error naming it, and is fetched again on the next search', async () => {
    const { search, files, asked } = await index(smallArchive(), [said(0, 0, [[1, 'Keep a steady voice.']])]);
    const shard = [...files.keys()].find((name) => /^spoken-/.test(name))!;
    const good = files.get(shard)!;
    files.set(shard, good.slice(0, good.length >> 1));
    await assert.rejects(search.search('steady'), (error: CatalogError) =>
      error.kind === 'parse' && /^0\.json of the spoken-word index is not valid JSON/.test(error.message));
    files.set(shard, good);
    assert.equal((await search.search('steady')).length, 1);
    assert.equal(asked.filter((name) => name === shard).length, 2);
  });
});
