/**
 * The spreadsheet's tables → a version 1 catalog (as JSON, file names as written), with where each value came from
 * so that later checks (missing files, probed facts) can name the row and column too.
 */
import { MATERIAL_KINDS, FORMATS, SUPPORTED_VERSION } from '../catalog/patterns.js';
import { ARCHIVE, AUDIENCES, MATERIALS, SESSIONS, TOPICS } from './columns.js';
import { closest, embedOf, items, ok, readDate, readDuration, readFileRef, readId, readLanguage, readNumber, readPresenter, readYesNo, slug, type Read } from './cells.js';
import type { Cell, Row, Sheets, Table } from './sheet.js';
import type { Problem } from './types.js';

export type Where = Pick<Problem, 'file' | 'sheet' | 'row' | 'column'>;
type Json = Record<string, unknown>;

/** `{ key: value }`, or nothing when there is no value: for optional catalog fields. */
const opt = (key: string, value: unknown): Json => (value === undefined || value === '' ? {} : { [key]: value });

export interface SheetCatalog {
  catalog: Json;
  /** Catalog path (`trainings[0].sessions[1].video.sources`) → the cell it came from. */
  locations: Map<string, Where>;
  problems: Problem[];
  /** Every file a cell names, with the cell: those of rows left out for a mistake are still looked for. */
  named: Array<{ ref: string; where: Where }>;
}

export function catalogFromSheets({ tables, problems: found }: Sheets): SheetCatalog {
  const problems = [...found];
  const locations = new Map<string, Where>();
  const named: SheetCatalog['named'] = [];
  const where = (t: Table, row: Row, cell?: Cell): Where => ({ file: t.file, sheet: t.sheet, row: row.row, ...(cell && { column: cell.column }) });

  /** Reads a cell with `read`; an error is reported at the cell and the value left out. */
  function get<T = string>(t: Table, row: Row, heading: string, read: (cell: Cell) => Read<T> = (c) => ok(c.text as T)): T | undefined {
    const cell = row.cell(heading);
    if (cell.text === '') return undefined;
    const result = read(cell);
    if ('error' in result) {
      problems.push({ level: 'error', ...where(t, row, cell), message: result.error });
      return undefined;
    }
    return result.value;
  }
  const file = (t: Table, row: Row, heading: string, path: string): string[] => {
    const refs = items(row.cell(heading)).flatMap((text) => {
      const result = readFileRef(text);
      if ('error' in result) problems.push({ level: 'error', ...where(t, row, row.cell(heading)), message: result.error });
      return 'value' in result ? [result.value] : [];
    });
    if (refs.length && path) locations.set(path, where(t, row, row.cell(heading)));
    for (const ref of refs) named.push({ ref, where: where(t, row, row.cell(heading)) });
    return refs;
  };

  const labels = (spec: typeof TOPICS) => {
    const t = tables.get(spec.name);
    if (!t) return undefined;
    return t.rows.flatMap((row) => {
      const label = get(t, row, 'Label');
      const id = get(t, row, 'Id', readId) ?? slug(label ?? '');
      if (!label) {
        problems.push({ level: 'error', ...where(t, row, row.cell('Label')), message: 'needs a label' });
        return [];
      }
      return [{ id, label }];
    });
  };
  const topics = labels(TOPICS);
  const audiences = labels(AUDIENCES);
  const used = { topics: new Map<string, string>(), audiences: new Map<string, string>() };
  /** Topic or audience cells: ids or labels of the sheet's list (or, with no sheet, new ones made from the labels). */
  const refer = (t: Table, row: Row, heading: string, list: typeof topics, seen: Map<string, string>, sheet: string) =>
    items(row.cell(heading), true).flatMap((text) => {
      if (!list) {
        seen.set(slug(text), text);
        return [slug(text)];
      }
      const match = list.find((l) => l.id === text || l.label.toLowerCase() === text.toLowerCase() || l.id === slug(text));
      if (!match) {
        const meant = closest(text, list.map((l) => l.label));
        const place = t.sheet ? `${sheet} sheet` : `${sheet} list (${sheet.toLowerCase()}.csv)`;
        problems.push({ level: 'error', ...where(t, row, row.cell(heading)), message: `"${text}" is not on the ${place}; ${meant ? `did you mean "${meant}"?` : 'add it there or correct the spelling'}` });
        return [];
      }
      return [match.id];
    });

  const sessions = tables.get(SESSIONS.name);
  const trainings: Json[] = [];
  const byId = new Map<string, Json>();
  for (const row of sessions?.rows ?? []) {
    const t = sessions!;
    const id = get(t, row, 'Training id', readId);
    if (!id) {
      if (row.cell('Training id').text === '') problems.push({ level: 'error', ...where(t, row, row.cell('Training id')), message: 'needs a training id (the same on every row of one training)' });
      session(t, row, '', 0); // the row's other mistakes, reported in the same build
      continue;
    }
    let training = byId.get(id);
    const index = training ? trainings.indexOf(training) : trainings.length;
    const at = `trainings[${index}]`;
    if (!training) {
      training = { id, title: get(t, row, 'Training title') ?? '' };
      if (!training.title) problems.push({ level: 'error', ...where(t, row, row.cell('Training title')), message: `training "${id}" needs a title on its first row` });
      locations.set(at, where(t, row));
      const presenters = items(row.cell('Presenters')).map(readPresenter);
      const format = get(t, row, 'Format', (c) => {
        const f = c.text.toLowerCase().replace(/\s+/g, '-');
        return (FORMATS as readonly string[]).includes(f) ? ok(f) : { error: `"${c.text}" should be one of ${FORMATS.join(', ')}` };
      });
      const creditType = get(t, row, 'Credit type');
      const hours = get(t, row, 'Credit hours', readNumber);
      if ((creditType === undefined) !== (hours === undefined)) {
        problems.push({ level: 'warning', ...where(t, row, row.cell(creditType ? 'Credit hours' : 'Credit type')), message: 'a credit needs both its type and its hours; it is left out' });
      }
      const thumbnail = file(t, row, 'Thumbnail', `${at}.thumbnail`)[0];
      Object.assign(training, {
        ...opt('subtitle', get(t, row, 'Subtitle')),
        ...opt('summary', get(t, row, 'Summary')),
        ...opt('description', get(t, row, 'Description')),
        ...(presenters.length ? { presenters } : {}),
        ...opt('date', get(t, row, 'First delivered', readDate)),
        ...opt('format', format),
        topics: refer(t, row, 'Topics', topics, used.topics, 'Topics'),
        audiences: refer(t, row, 'Audiences', audiences, used.audiences, 'Audiences'),
        ...opt('language', get(t, row, 'Language', readLanguage)),
        ...opt('thumbnail', thumbnail && { src: thumbnail, alt: row.cell('Thumbnail text').text }),
        ...opt('advisory', get(t, row, 'Content note')),
        ...opt('credits', creditType && hours !== undefined ? [{ type: creditType, hours, ...opt('body', get(t, row, 'Credit body')) }] : undefined),
        sessions: [],
      });
      byId.set(id, training);
      trainings.push(training);
    } else if (row.cell('Training title').text && row.cell('Training title').text !== training.title) {
      problems.push({ level: 'warning', ...where(t, row, row.cell('Training title')), message: `differs from the title on training "${id}"'s first row, which is used` });
    }
    const list = training.sessions as Json[];
    const s = `${at}.sessions[${list.length}]`;
    locations.set(s, where(t, row));
    list.push(session(t, row, s, list.length));
  }

  function session(t: Table, row: Row, at: string, n: number): Json {
    const result: Json = { id: get(t, row, 'Session id', readId) ?? `session-${n + 1}`, title: get(t, row, 'Session title') ?? '' };
    locations.set(`${at}.id`, where(t, row, row.cell('Session id')));
    if (!result.title) problems.push({ level: 'error', ...where(t, row, row.cell('Session title')), message: 'needs a session title' });
    const date = get(t, row, 'Session date', readDate);
    const duration = get(t, row, 'Duration', readDuration);
    if (date) result.date = date;
    if (duration) result.duration = duration;
    const videoCell = row.cell('Video');
    const embeds = items(videoCell).map(embedOf);
    const video: Json = {};
    if (embeds[0]?.unlisted) {
      problems.push({ level: 'error', ...where(t, row, videoCell), message: 'is an unlisted Vimeo video (its link has a private hash), which the archive cannot play yet: make it public on Vimeo, or upload the video file to media/' });
    } else if (embeds[0]) {
      video.embed = embeds[0];
      locations.set(`${at}.video`, where(t, row, videoCell));
    } else {
      const sources = file(t, row, 'Video', `${at}.video.sources`);
      if (sources.length) video.sources = sources.map((src) => ({ src }));
    }
    const poster = file(t, row, 'Poster', `${at}.video.poster`)[0];
    const quality = get(t, row, 'Captions checked', readYesNo);
    const captions = file(t, row, 'Captions', `${at}.video.captions`).map((src) => ({ src, ...opt('quality', quality === undefined ? undefined : quality ? 'verified' : 'automatic') }));
    const chapters = file(t, row, 'Chapters', `${at}.video.chapters`)[0];
    const descriptions = file(t, row, 'Audio description', `${at}.video.descriptions`)[0];
    const transcript = file(t, row, 'Transcript', `${at}.video.transcript`)[0];
    const described = get(t, row, 'Described in audio', readYesNo);
    Object.assign(video, {
      ...opt('poster', poster),
      ...opt('captions', captions.length ? captions : undefined),
      ...opt('chapters', chapters),
      ...opt('descriptions', descriptions),
      ...opt('transcript', transcript),
      ...opt('describedInAudio', described || undefined),
    });
    if (video.sources || video.embed) result.video = video;
    else if (Object.keys(video).length) {
      problems.push({ level: 'error', ...where(t, row, videoCell), message: 'captions or a poster are given but no video: name the video file or link' });
    }
    return result;
  }

  const materials = tables.get(MATERIALS.name);
  for (const row of materials?.rows ?? []) {
    const t = materials!;
    const training = byId.get(row.cell('Training id').text);
    if (!training) {
      problems.push({ level: 'error', ...where(t, row, row.cell('Training id')), message: `"${row.cell('Training id').text}" is not a training id on the ${SESSIONS.name} sheet` });
    }
    const sessionId = row.cell('Session id').text;
    const sessionsOf = (training?.sessions ?? []) as Json[];
    const owner = !training ? undefined : sessionId ? sessionsOf.find((x) => x.id === sessionId) : training;
    if (training && !owner) problems.push({ level: 'error', ...where(t, row, row.cell('Session id')), message: `training "${training.id}" has no session "${sessionId}"` });
    // Every mistake of the row at once, so that one build shows them all.
    const kind = get(t, row, 'Kind', (c) => ((MATERIAL_KINDS as readonly string[]).includes(c.text.toLowerCase()) ? ok(c.text.toLowerCase()) : { error: `"${c.text}" should be one of ${MATERIAL_KINDS.join(', ')}` }));
    const title = get(t, row, 'Title');
    const lang = get(t, row, 'Language', readLanguage);
    if (!title) problems.push({ level: 'error', ...where(t, row, row.cell('Title')), message: 'needs a title' });
    if (row.cell('Kind').text === '') problems.push({ level: 'error', ...where(t, row, row.cell('Kind')), message: `needs a kind: ${MATERIAL_KINDS.join(', ')}` });
    if (row.cell('File').text === '') problems.push({ level: 'error', ...where(t, row, row.cell('File')), message: 'needs a file or link' });
    const ownerPath = !training ? '' : owner === training ? `trainings[${trainings.indexOf(training)}]` : `trainings[${trainings.indexOf(training)}].sessions[${sessionsOf.indexOf(owner!)}]`;
    const list = ((owner?.materials as Json[] | undefined) ?? []) as Json[];
    const href = file(t, row, 'File', owner ? `${ownerPath}.materials[${list.length}].href` : '')[0];
    if (!owner || !kind || !href || !title) continue;
    owner.materials = list;
    locations.set(`${ownerPath}.materials[${list.length}]`, where(t, row));
    list.push({ kind, title, href, ...opt('lang', lang) });
  }

  const settings = new Map<string, string>();
  const archive = tables.get(ARCHIVE.name);
  const SETTINGS = ['title', 'publisher', 'publisher link', 'updated'];
  for (const row of archive?.rows ?? []) {
    const name = row.cell('Setting').text.toLowerCase().replace(/\s+/g, ' ');
    if (!SETTINGS.includes(name)) {
      problems.push({ level: 'warning', ...where(archive!, row, row.cell('Setting')), message: `"${row.cell('Setting').text}" is not a setting the archive reads (Title, Publisher, Publisher link or Updated)` });
      continue;
    }
    const value = name === 'updated' ? get(archive!, row, 'Value', readDate) : row.cell('Value').text;
    if (value) settings.set(name, value);
  }
  const updated = settings.get('updated');
  const catalog: Json = {
    version: SUPPORTED_VERSION,
    title: settings.get('title') || 'Training archive',
    ...opt('publisher', settings.get('publisher') && { name: settings.get('publisher'), ...opt('url', settings.get('publisher link')) }),
    ...opt('updated', updated),
    topics: topics ?? [...used.topics].map(([id, label]) => ({ id, label })),
    audiences: audiences ?? [...used.audiences].map(([id, label]) => ({ id, label })),
    trainings,
  };
  return { catalog, locations, problems, named };
}
