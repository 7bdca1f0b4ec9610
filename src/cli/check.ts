/**
 * The checks `build` and `validate` share: the catalog as the elements read it (the data layer's own validator),
 * then every file it names, probed for the facts people would otherwise type — durations, picture sizes, page
 * counts, tagged PDFs, caption languages. A typed fact the file contradicts is a warning; a missing file an error.
 */
import { existsSync } from 'node:fs';
import { dirname, extname, join, posix } from 'node:path';
import { pathToFileURL } from 'node:url';
import { checkCatalog, CatalogError } from '../catalog/index.js';
import { durationSeconds, isoDuration } from './cells.js';
import { languageLabel, nearName } from './names.js';
import { typeOf } from './types-of.js';
import { probeFile, type ProbeKind } from './probe.js';
import { locate, type Source } from './source.js';
import type { FileFacts, Problem } from './types.js';

type Json = Record<string, any>;

/** A file the catalog names, and the object and field that name it. */
export interface FileRef {
  ref: string;
  path: string;
  kind: ProbeKind;
  owner: Json;
  field: string;
  /** The training it belongs to. */
  training: Json;
}

export interface Checked {
  catalog: Json;
  /** Local files by their name in the catalog, with their absolute path and what probing found. */
  files: Map<string, { file: string; name: string; facts: FileFacts }>;
  problems: Problem[];
  trainings: number;
}

/** Every file reference in a v1 catalog, with what kind of file it should be. */
export function fileRefs(catalog: Json): FileRef[] {
  const refs: FileRef[] = [];
  let training: Json = {};
  const add = (owner: Json | undefined, field: string, kind: ProbeKind, path: string) => {
    if (owner && typeof owner[field] === 'string') refs.push({ ref: owner[field], path: `${path}.${field}`, kind, owner, field, training });
  };
  (catalog.trainings ?? []).forEach((t: Json, i: number) => {
    training = t;
    const at = `trainings[${i}]`;
    add(t.thumbnail, 'src', 'image', `${at}.thumbnail`);
    const materials = (list: Json[] | undefined, path: string) =>
      (list ?? []).forEach((m, k) => add(m, 'href', extname(String(m.href)).toLowerCase() === '.pdf' ? 'pdf' : 'other', `${path}.materials[${k}]`));
    materials(t.materials, at);
    (t.sessions ?? []).forEach((s: Json, j: number) => {
      const sp = `${at}.sessions[${j}]`;
      const v = s.video;
      (v?.sources ?? []).forEach((source: Json, k: number) => add(source, 'src', /^audio\//.test(typeOf(String(source.src)) ?? '') ? 'audio' : 'video', `${sp}.video.sources[${k}]`));
      add(v, 'poster', 'image', `${sp}.video`);
      (v?.captions ?? []).forEach((c: Json, k: number) => add(c, 'src', 'captions', `${sp}.video.captions[${k}]`));
      add(v, 'chapters', 'chapters', `${sp}.video`);
      add(v, 'descriptions', 'descriptions', `${sp}.video`);
      add(v, 'transcript', 'captions', `${sp}.video`);
      materials(s.materials, sp);
    });
  });
  return refs;
}

/** A reference as a file name: a catalog's URL-encoded `My%20Talk.mp4`, or a spreadsheet's `My Talk #1.mp4` as it is. */
export function fileName(ref: string, kind: Source['kind']): string {
  if (kind !== 'json') return ref;
  const path = ref.split(/[?#]/)[0]!;
  try {
    return decodeURI(path);
  } catch {
    return path;
  }
}

/** A link (`https:`, and `javascript:` or `data:`, which the data layer drops) rather than a file of the source. */
const isLink = (ref: string) => /^[a-z][a-z0-9+.-]*:/i.test(ref);

export async function checkSource(source: Source): Promise<Checked> {
  const problems = [...source.problems];
  const files: Checked['files'] = new Map();
  const catalog = source.catalog;
  if (!catalog) return { catalog: {}, files, problems, trainings: 0 };
  const at = (path: string) => locate(source.locations, path) ?? { file: source.display, path };
  const warn = (path: string, message: string, level: Problem['level'] = 'warning') => problems.push({ level, ...at(path), message });

  // A file the elements cannot read at all (a newer version, a broken top level): its files are not the point.
  const base = `http://catalog.invalid${pathToFileURL(join(source.folder, 'catalog.json')).pathname}`;
  try {
    checkCatalog(structuredClone(catalog), base, source.display);
  } catch (error) {
    problems.push({ level: 'error', file: source.display, message: error instanceof CatalogError ? error.message : String(error) });
    return { catalog, files, problems, trainings: 0 };
  }

  const probes = new Map<string, Promise<FileFacts>>();
  const refs = fileRefs(catalog);
  for (const r of refs) {
    if (isLink(r.ref)) continue; // unsafe links were reported above; web links are --check-links's
    const name = fileName(r.ref, source.kind);
    if (/^(\/|\.\.(\/|$))/.test(posix.normalize(name))) {
      warn(r.path, `${r.ref} is outside the source folder: put the file inside it and name it from there, e.g. media/talk.mp4`, 'error');
      continue;
    }
    let facts = probes.get(r.ref);
    if (!facts) {
      const file = join(source.folder, name);
      const exists = existsSync(file);
      facts = exists ? probeFile(file, r.kind, r.ref) : Promise.resolve({ bytes: 0, problems: [] });
      probes.set(r.ref, facts);
      if (exists) files.set(r.ref, { file, name, facts: undefined as never });
      else problems.push({ level: 'error', ...at(r.path), ref: r.ref, message: `${r.ref} does not exist${nearName(source.folder, name)}` });
    }
    apply(r, await facts, warn);
  }
  for (const [ref, entry] of files) {
    entry.facts = await probes.get(ref)!;
    for (const p of entry.facts.problems) problems.push({ ...p, ...locateFile(refs, ref, source) });
  }
  applyDurations({ catalog, files, problems, trainings: 0 }, warn);

  sessionIds(catalog, source, problems);
  // Files named on rows left out for another mistake: still looked for, so that one build shows every mistake.
  const inCatalog = new Set(refs.map((r) => r.ref));
  for (const { ref, where } of source.named ?? []) {
    if (inCatalog.has(ref) || isLink(ref) || existsSync(join(source.folder, ref))) continue;
    inCatalog.add(ref);
    problems.push({ level: 'error', ...where, ref, message: `${ref} does not exist${nearName(source.folder, ref)}` });
  }

  // The catalog as the elements will read it, facts filled in: the same validator and normaliser, so the build
  // reports what they would skip.
  const { catalog: read, warnings } = checkCatalog(structuredClone(catalog), base, source.display);
  for (const w of warnings) {
    problems.push({ level: w.code === 'invalid-training' || w.code === 'duplicate-id' ? 'error' : 'warning', ...(locate(source.locations, w.path) ?? { file: source.display }), message: w.message });
  }
  return { catalog, files, problems, trainings: read.trainings.length };
}

/** Where a file's own problems are reported: the cell that names it, and the file's line. */
function locateFile(refs: FileRef[], ref: string, source: Source) {
  const first = refs.find((r) => r.ref === ref)!;
  const where = locate(source.locations, first.path);
  return where ? { ...where, column: `${where.column ? `${where.column}, ` : ''}file ${ref}`, ref } : { file: join(dirname(source.display), ref), ref };
}

/** Writes what the file says into the catalog where nothing was typed; warns where something typed disagrees. */
function apply(r: FileRef, facts: FileFacts, warn: (path: string, message: string, level?: Problem['level']) => void): void {
  const { owner } = r;
  if ((r.kind === 'video' || r.kind === 'audio') && !owner.type && typeOf(r.ref)) owner.type = typeOf(r.ref);
  if (r.kind === 'image' && facts.image) {
    for (const side of ['width', 'height'] as const) {
      if (owner[side] !== undefined && owner[side] !== facts.image[side] && r.field === 'src') {
        warn(r.path, `the ${side} is given as ${owner[side]} but the picture is ${facts.image[side]} pixels`);
      }
      if (r.field === 'src') owner[side] ??= facts.image[side];
    }
  }
  if (r.kind === 'captions' && r.field === 'src') {
    const named = /\.([A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*)\.(vtt|srt)$/i.exec(r.ref)?.[1];
    let lang = owner.lang ?? facts.vtt?.lang ?? named;
    const tag = r.training.language ?? 'en';
    const fix = `name the file like talk.${tag}.vtt or add a "Language: ${tag}" line under its WEBVTT line`;
    if (!lang && r.training.language) {
      lang = r.training.language;
      warn(r.path, `${r.ref}: the captions' language is not known, so the training's language, "${lang}", is used; ${fix}`);
    }
    if (!lang) warn(r.path, `${r.ref}: the captions' language is not known: ${fix}`, 'error');
    else {
      owner.lang ??= lang;
      owner.label ??= languageLabel(lang);
      if (facts.vtt?.lang && facts.vtt.lang.toLowerCase() !== String(owner.lang).toLowerCase()) {
        warn(r.path, `the captions are listed as "${owner.lang}" but the file says "Language: ${facts.vtt.lang}"`);
      }
    }
  }
  if (r.field === 'href' && facts.bytes) {
    owner.type ??= typeOf(r.ref);
    if (owner.bytes !== undefined && owner.bytes !== facts.bytes) warn(r.path, `bytes is given as ${owner.bytes} but the file has ${facts.bytes}`);
    owner.bytes = facts.bytes;
    if (facts.pdf) {
      if (owner.pages !== undefined && owner.pages !== facts.pdf.pages) warn(r.path, `pages is given as ${owner.pages} but the PDF has ${facts.pdf.pages}`);
      if (owner.tagged === true && !facts.pdf.tagged) warn(r.path, 'is marked tagged but the PDF has no tags (a screen reader cannot follow its structure)');
      owner.pages = facts.pdf.pages;
      owner.tagged = facts.pdf.tagged;
      if (!owner.lang && facts.pdf.lang) owner.lang = facts.pdf.lang;
    }
  }
}

/** Session durations from their first local source: written where none was typed, compared where one was. */
function applyDurations(checked: Checked, warn: (path: string, message: string) => void): void {
  (checked.catalog.trainings ?? []).forEach((t: Json, i: number) =>
    (t.sessions ?? []).forEach((s: Json, j: number) => {
      const src = s.video?.sources?.[0]?.src;
      const seconds = src && checked.files.get(src)?.facts.media?.duration;
      if (!seconds) return;
      const path = `trainings[${i}].sessions[${j}].duration`;
      if (!s.duration) s.duration = isoDuration(seconds);
      else if (Math.abs(durationSeconds(s.duration) - seconds) > Math.max(2, seconds * 0.02)) {
        warn(path, `the duration is given as ${s.duration} but ${src} is ${isoDuration(seconds)}`);
      }
    }),
  );
}

/** Two sessions of one training with one id: the second could never be opened (links name sessions by id). */
function sessionIds(catalog: Json, source: Source, problems: Problem[]): void {
  (catalog.trainings ?? []).forEach((t: Json, i: number) => {
    const first = new Map<string, number>();
    (t.sessions ?? []).forEach((s: Json, j: number) => {
      const seen = first.get(s.id);
      if (seen === undefined) return void first.set(s.id, j);
      const at = `trainings[${i}].sessions[${j}].id`;
      const earlier = locate(source.locations, `trainings[${i}].sessions[${seen}]`);
      problems.push({
        level: 'error',
        ...(locate(source.locations, at) ?? { file: source.display, path: at }),
        message: `"${s.id}" is already the id of a session of training "${t.id}" (${earlier?.row ? `row ${earlier.row}` : `sessions[${seen}]`}): give each session its own id`,
      });
    });
  });
}
