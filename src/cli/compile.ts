/**
 * The compiled catalog (format version 2) that `rsp-archive build` writes, from a checked v1 catalog and the words
 * said in its recordings. A pure function of its input: the build writes the files it returns, the bench calls it
 * on generated archives of 10,000 trainings.
 *
 *   catalog.json                  the entry (short-lived): the catalog's own fields and where the rest is
 *   list.<hash>.json              what cards, facets and search need: one row per training (columns in `fields`)
 *   trainings/<id>.<hash>.json    each training whole, as in a v1 file (read when it is opened)
 *   spoken.<hash>.json            the spoken-word directory: the first word of each shard
 *   spoken-<hash>/<n>.json        the shards: words in alphabetical ranges, each with where it was said
 *
 * Every address inside any of these files is relative to the entry file, as in a v1 file. docs/catalog-format.md
 * ("Compiled catalogs") describes the format; compiled.schema.json is its JSON Schema.
 */
import { createHash } from 'node:crypto';
import { emptyFilters } from '../catalog/browse.js';
import { COMPILED_VERSION, FIRST_PAGE, LIST_FIELDS, OFFER_LETTERS, readListIndex } from '../catalog/compiled.js';
import { listing } from '../catalog/listing.js';
import { OFFERS, parseIsoDuration } from '../catalog/normalize.js';
import { FORMATS } from '../catalog/patterns.js';
import { spokenIndex, type CompileOptions, type SpokenText } from './compile-spoken.js';

type Json = Record<string, any>;

export type { CompileOptions, SpokenText } from './compile-spoken.js';

export interface CompiledFiles {
  /** The entry file's object (written as `catalog.json`). */
  entry: Json;
  /** Every other file, by its path relative to the entry: content-hashed names, immutable. */
  files: Map<string, string>;
}

const digest = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 10);

/** Compiles `catalog` (a checked v1 catalog, its addresses as they will be published). */
export function compileCatalog(catalog: Json, spoken: SpokenText[] = [], options: CompileOptions = {}): CompiledFiles {
  const files = new Map<string, string>();
  const put = (stem: string, ext: string, text: string) => {
    const name = `${stem}.${digest(text)}.${ext}`;
    files.set(name, text);
    return name;
  };
  const trainings: Json[] = catalog.trainings ?? [];
  const topicAt = new Map<string, number>((catalog.topics ?? []).map((topic: Json, at: number) => [topic.id, at]));
  const audienceAt = new Map<string, number>((catalog.audiences ?? []).map((audience: Json, at: number) => [audience.id, at]));
  const rows = trainings.map((training) => {
    const text = JSON.stringify(training);
    const hash = digest(text);
    files.set(`trainings/${training.id}.${hash}.json`, text);
    return LIST_FIELDS.map((field) => cell(training, field, hash, topicAt, audienceAt));
  });
  for (const row of rows) trimmed(row);
  const index = { version: COMPILED_VERSION, fields: LIST_FIELDS, rows };
  const list = put('list', 'json', JSON.stringify(index));
  const entry: Json = {
    version: COMPILED_VERSION,
    title: catalog.title,
    ...(catalog.publisher ? { publisher: catalog.publisher } : {}),
    ...(catalog.updated ? { updated: catalog.updated } : {}),
    topics: catalog.topics ?? [],
    audiences: catalog.audiences ?? [],
    count: trainings.length,
    list,
    // The first page as the list shows it by default, so that cards need not wait for the list index.
    first: { fields: LIST_FIELDS, rows: firstRows(catalog, index) },
  };
  if (spoken.length) {
    const { directory, shards } = spokenIndex(spoken, options);
    const folder = `spoken-${digest(shards.join('\n'))}`;
    shards.forEach((shard, index) => files.set(`${folder}/${index}.json`, shard));
    entry.spoken = put('spoken', 'json', JSON.stringify({ version: 1, shards: `${folder}/`, first: directory }));
  }
  return { entry, files };
}

/**
 * A row's cell (docs/catalog-format.md, "Compiled catalogs"): topics and audiences by their place in the entry's
 * lists, the format by its place in FORMATS, a presenter as [name, credentials, affiliation], the training's file
 * by its hash alone (`trainings/<id>.<hash>.json`). Short rows are what keep 10,000 trainings' list small.
 */
function cell(training: Json, field: (typeof LIST_FIELDS)[number], hash: string, topicAt: Map<string, number>, audienceAt: Map<string, number>): unknown {
  const places = (ids: string[] | undefined, at: Map<string, number>) => {
    const found = (ids ?? []).map((id) => at.get(id)).filter((place) => place !== undefined);
    return found.length ? found : null;
  };
  switch (field) {
    case 'topics':
      return places(training.topics, topicAt);
    case 'audiences':
      return places(training.audiences, audienceAt);
    case 'format':
      return training.format ? FORMATS.indexOf(training.format) : null;
    case 'presenters':
      return training.presenters?.length
        ? training.presenters.map((presenter: Json) => trimmed([presenter.name, presenter.credentials ?? null, presenter.affiliation ?? null]))
        : null;
    case 'date':
      return firstDelivered(training) ?? null;
    case 'sessions':
      return training.sessions.map((session: Json) => [session.id, parseIsoDuration(session.duration) ?? 0]);
    case 'includes':
      return includes(training);
    case 'file':
      return hash;
    default: {
      const value = training[field];
      return value === undefined || (Array.isArray(value) && value.length === 0) ? null : value;
    }
  }
}

/** The rows a list shows first (no search, no filter, its default order), read back by the elements' own code. */
function firstRows(catalog: Json, index: { rows: unknown[][] }): unknown[][] {
  const base = 'https://archive.invalid/catalog.json';
  const labels = (list: Json[] | undefined) => (list ?? []).map(({ id, label }) => ({ id, label }));
  const trainings = readListIndex(index, 'list', base, labels(catalog.topics), labels(catalog.audiences), []);
  const read = { version: COMPILED_VERSION, url: base, title: String(catalog.title), topics: labels(catalog.topics), audiences: labels(catalog.audiences), trainings };
  const { page } = listing(read, { query: '', filters: emptyFilters(), page: 1 }, { curated: [], limit: 0, pageSize: FIRST_PAGE });
  const rows = new Map(index.rows.map((row) => [row[0], row]));
  return page.items.map((training) => rows.get(training.id)!);
}

/** Trailing nulls say nothing: dropped, a row of 10,000 is smaller. */
function trimmed(row: unknown[]): unknown[] {
  while (row.length && row[row.length - 1] === null) row.pop();
  return row;
}

function firstDelivered(training: Json): string | undefined {
  let earliest: string | undefined = training.date;
  if (!earliest) for (const { date } of training.sessions) if (date && (!earliest || date < earliest)) earliest = date;
  return earliest;
}

/** The letters of what a training offers: the same rule as the elements' normalising of a v1 file. */
function includes(training: Json): string {
  const sessions: Json[] = training.sessions;
  const videos = sessions.map((session) => session.video).filter(Boolean);
  const materials: Json[] = [...(training.materials ?? []), ...sessions.flatMap((session) => session.materials ?? [])];
  const has = (kinds: string[]) => materials.some((material) => kinds.includes(material.kind));
  const offered: Record<(typeof OFFERS)[number], boolean> = {
    video: videos.length > 0,
    captions: videos.some((video) => video.captions?.length),
    transcript: videos.some((video) => video.transcript || video.captions?.length) || has(['transcript']),
    slides: has(['slides']),
    handouts: has(['handout', 'worksheet']),
  };
  return OFFERS.map((offer, index) => (offered[offer] ? OFFER_LETTERS[index] : '')).join('');
}
