/**
 * Reading a compiled catalog (format version 2), as `rsp-archive build` writes it for archives of any size:
 *
 *   catalog.json (the entry, short-lived) → list.<hash>.json (what cards, facets and search need)
 *                                         → trainings/<id>.<hash>.json (the rest of one training, read when opened)
 *                                         → spoken.<hash>.json and its shards (words said, read on the first search)
 *
 * The list index was validated when it was built, so it is read here without the schema validator (which is what
 * makes 10,000 trainings quick): each row is checked for an id and a title and skipped with a warning otherwise,
 * every field is taken only when it has the right type, text is text and addresses go through the same http(s)-only
 * resolver as a single file's. Relative addresses in every file resolve against the entry file. The format is
 * documented in docs/catalog-format.md ("Compiled catalogs") and `compiled.schema.json`.
 */
import { closeBidi } from './bidi.js';
import { CatalogError, fileName, type CatalogWarning } from './errors.js';
import {
  OFFERS,
  type Catalog,
  type Offer,
  type Session,
  type Training,
} from './normalize.js';
import { resolver } from './resolve.js';
import { FORMATS, ID_PATTERN, LANGUAGE_PATTERN } from './patterns.js';
import type { Label } from './schema.js';

/** The format version of a compiled catalog's entry file. A single file is version 1. */
export const COMPILED_VERSION = 2;

/** The columns of a list index's rows, in the order `rsp-archive build` writes them. */
export const LIST_FIELDS = [
  'id', 'title', 'subtitle', 'summary', 'description', 'date', 'format', 'language', 'topics', 'audiences',
  'presenters', 'credits', 'thumbnail', 'sessions', 'includes', 'file',
] as const;
export type ListField = (typeof LIST_FIELDS)[number];

/** Rows of the first page in the entry file: enough for a list of up to this many cards per page. */
export const FIRST_PAGE = 24;

/** The letters of `includes`: one per offer, in {@link OFFERS} order ("vcth" = video, captions, transcript, handouts). */
export const OFFER_LETTERS = 'vctsh';

/** Whether parsed JSON is a compiled catalog's entry file. */
export function isCompiledEntry(data: unknown): data is Record<string, unknown> {
  return isRecord(data) && data.version === COMPILED_VERSION;
}

export interface CompiledCatalog {
  catalog: Catalog;
  warnings: CatalogWarning[];
}

/** A file of a compiled catalog, fetched and parsed (the store passes its fetch, with its signal and timeout). */
export type FetchJson = (url: string) => Promise<unknown>;

/**
 * A compiled catalog's first page, from its entry file, while the list index loads: the trainings the list shows
 * first by default (newest first), and how many there are in all.
 */
export interface CatalogPreview {
  catalog: Catalog;
  count: number;
}

/**
 * Reads a compiled catalog from its entry file (already parsed), fetching its list index. `onPreview` is called
 * before that fetch when the entry holds the first page of rows (`first`), so that cards can show at once.
 */
export async function readCompiled(entry: Record<string, unknown>, url: string, fetchJson: FetchJson, onPreview?: (preview: CatalogPreview) => void): Promise<CompiledCatalog> {
  const name = fileName(url);
  const resolve = resolver(url);
  const list = typeof entry.list === 'string' ? resolve(entry.list) : undefined;
  const title = text(entry.title);
  if (!list || !title) {
    throw new CatalogError('schema', `${name}: a compiled catalog needs a "title" and a "list" (the list index's address)`, url);
  }
  const warnings: CatalogWarning[] = [];
  const topics = labels(entry.topics);
  const audiences = labels(entry.audiences);
  const publisher = isRecord(entry.publisher) && text(entry.publisher.name)
    ? { name: text(entry.publisher.name)!, url: typeof entry.publisher.url === 'string' ? resolve(entry.publisher.url) : undefined }
    : undefined;
  const spoken = typeof entry.spoken === 'string' ? resolve(entry.spoken) : undefined;
  const updated = typeof entry.updated === 'string' ? entry.updated : undefined;
  const catalogOf = (trainings: Training[]): Catalog =>
    ({ version: COMPILED_VERSION, url, title, publisher, updated, topics, audiences, trainings, spoken });
  if (onPreview && isRecord(entry.first) && typeof entry.count === 'number') {
    // A damaged first page is no reason to fail: the list index has every row again.
    try {
      onPreview({ catalog: catalogOf(readListIndex(entry.first, name, url, topics, audiences, [])), count: entry.count });
    } catch {
      /* the list follows */
    }
  }
  const data = await fetchJson(list);
  return { catalog: catalogOf(readListIndex(data, fileName(list), url, topics, audiences, warnings)), warnings };
}

/**
 * The rows of a list index (`{fields, rows}`, parsed) as trainings, addresses resolved against the entry's `url`;
 * a row without an id, a title or its file is skipped with a warning. Also what the build reads its own list with.
 */
export function readListIndex(data: unknown, name: string, url: string, topics: Label[], audiences: Label[], warnings: CatalogWarning[]): Training[] {
  if (!isRecord(data) || !Array.isArray(data.fields) || !Array.isArray(data.rows)) {
    throw new CatalogError('schema', `${name}: not a list index (it needs "fields" and "rows"). Build the catalog again.`, url);
  }
  const resolve = resolver(url);
  const column = Object.fromEntries(LIST_FIELDS.map((field) => [field, (data.fields as unknown[]).indexOf(field)])) as Record<ListField, number>;
  const topicLabel = new Map(topics.map((item) => [item.id, item.label]));
  const audienceLabel = new Map(audiences.map((item) => [item.id, item.label]));
  const seen = new Set<string>();
  const trainings: Training[] = [];
  (data.rows as unknown[]).forEach((row, index) => {
    const at = (field: ListField): unknown => (Array.isArray(row) && column[field] >= 0 ? row[column[field]] : undefined);
    const id = at('id');
    const title = text(at('title'));
    const file = at('file');
    const detail = typeof file === 'string' && /^[0-9a-f]{6,64}$/.test(file) && typeof id === 'string' && ID_PATTERN.test(id)
      ? resolve(`trainings/${id}.${file}.json`)
      : undefined;
    if (typeof id !== 'string' || !ID_PATTERN.test(id) || !title || !detail || seen.has(id)) {
      const why = typeof id === 'string' && seen.has(id) ? 'another row already has this id' : 'it needs an id, a title and its file';
      warnings.push({
        code: seen.has(id as string) ? 'duplicate-id' : 'invalid-training',
        path: `${name} rows[${index}]`,
        message: `${name} rows[${index}]${typeof id === 'string' ? ` (id "${id}")` : ''} was skipped: ${why}`,
      });
      return;
    }
    seen.add(id);
    const presenters = list(at('presenters'), (item) => Array.isArray(item) && text(item[0])
      ? withoutUndefined({ name: text(item[0])!, credentials: text(item[1]), affiliation: text(item[2]) })
      : undefined);
    const topicIds = places(at('topics'), topics);
    const audienceIds = places(at('audiences'), audiences);
    const topicLabels = topicIds.map((topic) => topicLabel.get(topic)!);
    const audienceLabels = audienceIds.map((audience) => audienceLabel.get(audience)!);
    const sessions = list(at('sessions'), (item): Session | undefined =>
      Array.isArray(item) && typeof item[0] === 'string'
        ? { id: item[0], title: '', materials: [], durationSeconds: positive(item[1]) }
        : undefined);
    const date = at('date');
    const firstDelivered = typeof date === 'string' && /^\d{4}-\d\d-\d\d$/.test(date) ? date : undefined;
    const thumbnail = at('thumbnail');
    const thumbnailSrc = isRecord(thumbnail) && typeof thumbnail.src === 'string' ? resolve(thumbnail.src) : undefined;
    const place = at('format');
    const format = typeof place === 'number' ? FORMATS[place] : undefined;
    const language = at('language');
    const includes = at('includes');
    const training: Training = {
      id,
      title,
      subtitle: text(at('subtitle')),
      summary: text(at('summary')),
      description: text(at('description')),
      format,
      language: typeof language === 'string' && LANGUAGE_PATTERN.test(language) ? language : undefined,
      thumbnail: thumbnailSrc && isRecord(thumbnail)
        ? { src: thumbnailSrc, alt: text(thumbnail.alt) ?? '', width: positive(thumbnail.width), height: positive(thumbnail.height) }
        : undefined,
      topics: topicIds,
      audiences: audienceIds,
      presenters,
      credits: list(at('credits'), (item) => isRecord(item) && text(item.type) && typeof item.hours === 'number' && item.hours >= 0
        ? { type: text(item.type)!, hours: item.hours, body: text(item.body) }
        : undefined),
      sessions,
      materials: [],
      firstDelivered,
      year: firstDelivered ? Number(firstDelivered.slice(0, 4)) : undefined,
      topicLabels,
      audienceLabels,
      durationSeconds: sessions.reduce((sum, session) => sum + (session.durationSeconds ?? 0), 0),
      includes: typeof includes === 'string'
        ? OFFERS.filter((_, letter) => includes.includes(OFFER_LETTERS[letter])) as Offer[]
        : [],
      detail,
    };
    trainings.push(training);
  });
  return trainings;
}

/** Text as text: a non-empty string, its bidi controls closed; anything else is absent. */
function text(value: unknown): string | undefined {
  return typeof value === 'string' && /\S/.test(value) ? closeBidi(value) : undefined;
}

function labels(value: unknown): Label[] {
  return list(value, (item) => isRecord(item) && typeof item.id === 'string' && text(item.label)
    ? { id: item.id, label: text(item.label)! }
    : undefined);
}

/** The ids of the labels at places `value` (numbers) in `labels`; a place that is not there is left out. */
function places(value: unknown, labels: Label[]): string[] {
  return [...new Set(list(value, (item) => (typeof item === 'number' ? labels[item]?.id : undefined)))];
}

/** `object` without its undefined fields, as the single file's reader gives it. */
function withoutUndefined<T extends object>(object: T): T {
  for (const key of Object.keys(object) as Array<keyof T>) if (object[key] === undefined) delete object[key];
  return object;
}

function list<T>(value: unknown, item: (value: unknown) => T | undefined): T[] {
  const kept: T[] = [];
  if (Array.isArray(value)) for (const each of value) {
    const read = item(each);
    if (read !== undefined) kept.push(read);
  }
  return kept;
}

function positive(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

