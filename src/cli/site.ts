/**
 * Writes the site folder to upload as it is: every file the catalog names under a content-hashed name (cacheable for
 * good), the library, and the short-lived files that point at them — `catalog.json` (the entry), `index.html`.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, createReadStream, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, extname, join, posix, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fileRefs, type Checked } from './check.js';
import { compileCatalog, type SpokenText } from './compile.js';
import { isSrt, srtToVtt } from './vtt.js';

type Json = Record<string, any>;

/** Names with this mark never change content: `tist-1.3fa2c1d0e9.mp4`, and the library's hashed chunks. */
export const IMMUTABLE = /(\.[0-9a-f]{10}\.[a-z0-9]+$|^lib\/chunks\/|^spoken-[0-9a-f]{10}\/)/;

/** Files that must be fetched fresh (or revalidated) every time: they name the immutable ones. */
export const SHORT_LIVED = ['index.html', 'catalog.json', 'lib/rsp-archive.js'];

const hash = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex').slice(0, 10);

/** A file's hash, read as a stream: recordings can be gigabytes. */
async function hashFile(file: string): Promise<string> {
  const digest = createHash('sha256');
  for await (const chunk of createReadStream(file)) digest.update(chunk as Buffer);
  return digest.digest('hex').slice(0, 10);
}

/** `media/tist-1.en.vtt` + its hash → `media/tist-1.en.3fa2c1d0e9.vtt`. */
function hashedName(ref: string, digest: string): string {
  const ext = extname(ref);
  return `${ref.slice(0, ref.length - ext.length)}.${digest}${ext}`;
}

/** The package's root (where dist/ is), from this file's place in src/cli/ or dist/node/. */
export function packageRoot(): string {
  for (let dir = dirname(fileURLToPath(import.meta.url)); dir !== dirname(dir); dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json')) && JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).name === 'rsp-archive') return dir;
  }
  throw new Error('cannot find the rsp-archive package folder');
}

/**
 * Copies `checked.files` into `out` under hashed names, rewrites the catalog to name them and writes the entry
 * files. An HLS playlist's segments (and a master playlist's variants) are hashed too and the playlist rewritten.
 */
export async function writeSite(checked: Checked, out: string, extra: Record<string, string>, options: { single?: boolean; library?: boolean } = {}): Promise<void> {
  const previous = existsSync(out) ? readdirSync(out) : [];
  if (previous.length && !['catalog.json', 'report.json', 'lib'].every((name) => previous.includes(name))) {
    throw new Error(`${out} has files in it and is not a site rsp-archive built: name a new or empty folder (nothing was written)`);
  }
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  /** Writes `bytes` (or copies the file at `from`) to the site as `name`. */
  const put = (name: string, bytes: Buffer | string, from?: string) => {
    mkdirSync(dirname(join(out, name)), { recursive: true });
    if (from) copyFileSync(from, join(out, name));
    else writeFileSync(join(out, name), bytes);
  };
  const names = new Map<string, string>();
  const copy = async (ref: string, file: string): Promise<string> => {
    const known = names.get(file);
    if (known) return known;
    let name: string;
    if (extname(file).toLowerCase() === '.m3u8') {
      const bytes = await playlist(ref, file);
      name = hashedName(ref, hash(bytes));
      put(name, bytes);
    } else if (isSrt(file)) {
      const bytes = srtToVtt(readFileSync(file)); // browsers' <track> reads WebVTT only
      name = hashedName(ref.replace(/\.srt$/i, '.vtt'), hash(bytes));
      put(name, bytes);
    } else {
      name = hashedName(ref, await hashFile(file));
      put(name, '', file);
    }
    names.set(file, name);
    return name;
  };
  /** A playlist with each URI line replaced by its hashed copy's name (relative to the playlist). */
  const playlist = async (ref: string, file: string): Promise<Buffer> => {
    const lines: string[] = [];
    for (const line of readFileSync(file, 'utf8').split(/\r?\n/)) {
      const uri = line.trim();
      const child = resolve(dirname(file), uri);
      if (!uri || uri.startsWith('#') || /^[a-z]+:/i.test(uri) || !existsSync(child)) lines.push(line); // a missing one was reported by the probe
      else lines.push(posix.relative(posix.dirname(ref), await copy(posix.join(posix.dirname(ref), uri), child)));
    }
    return Buffer.from(lines.join('\n'));
  };

  const catalog = structuredClone(checked.catalog) as Json;
  for (const r of fileRefs(catalog)) {
    const entry = checked.files.get(r.ref);
    if (entry) r.owner[r.field] = (await copy(entry.name, entry.file)).split('/').map(encodeURIComponent).join('/');
  }
  // Publisher-only facts the elements do not read stay in: unknown fields are ignored by the elements.
  if (options.single) put('catalog.json', `${JSON.stringify(catalog, null, 2)}\n`);
  else {
    // The compiled catalog: an entry, a list index, a file per training and the spoken-word shards (compile.ts).
    const { entry, files } = compileCatalog(catalog, spokenOf(checked));
    for (const [name, text] of files) put(name, text);
    put('catalog.json', `${JSON.stringify(entry, null, 2)}\n`);
  }
  put('index.html', page(String(catalog.title ?? 'Training archive'), String(firstLanguage(catalog))));
  put('_headers', headers());
  for (const [name, text] of Object.entries(extra)) put(name, text);
  // `library: false`: the catalog and its files only, for pages that load the elements themselves (the browser tests).
  if (options.library !== false) copyLibrary(out);
}

/**
 * What was said in each session (its transcript, else its captions in the training's language, else its first
 * captions) and written in each handout (a PDF's text), from what the probe read: the spoken-word index's input.
 */
export function spokenOf(checked: Checked): SpokenText[] {
  const said: SpokenText[] = [];
  const facts = (ref: unknown) => (typeof ref === 'string' ? checked.files.get(ref)?.facts : undefined);
  (checked.catalog.trainings ?? []).forEach((training: Json, t: number) => {
    const materials: Json[] = [...(training.materials ?? [])];
    (training.sessions ?? []).forEach((session: Json, s: number) => {
      materials.push(...(session.materials ?? []));
      const video = session.video;
      if (!video) return;
      const captions: Json[] = [...(video.captions ?? [])];
      captions.sort((a, b) => Number(b.lang === training.language) - Number(a.lang === training.language));
      for (const ref of [video.transcript, ...captions.map((track) => track.src)]) {
        const cues = facts(ref)?.vtt?.cueList;
        if (cues?.length) {
          said.push({ training: t, session: s, cues: cues.map(({ start, text }) => ({ start, text })) });
          break;
        }
      }
    });
    for (const material of materials) {
      const text = facts(material.href)?.pdf?.text;
      if (text) said.push({ training: t, session: -1, cues: passages(text).map((passage) => ({ start: 0, text: passage })) });
    }
  });
  return said;
}

/** A handout's text cut into passages of about a sentence (at most 160 characters), as results quote them. */
function passages(text: string): string[] {
  const found: string[] = [];
  for (const sentence of text.replace(/\s+/g, ' ').split(/(?<=[.!?;:])\s+/)) {
    for (let at = 0; at < sentence.length; at += 160) {
      const part = sentence.slice(at, at + 160).trim();
      if (part) found.push(part);
    }
  }
  return found;
}

/** The CDN build of the library: its entry file and hashed chunks (source maps left out). */
function copyLibrary(out: string): void {
  const dist = join(packageRoot(), 'dist');
  if (!existsSync(join(dist, 'rsp-archive.js'))) throw new Error(`${dist}/rsp-archive.js is missing: run \`npm run build\` in the rsp-archive folder first`);
  mkdirSync(join(out, 'lib/chunks'), { recursive: true });
  copyFileSync(join(dist, 'rsp-archive.js'), join(out, 'lib/rsp-archive.js'));
  for (const chunk of readdirSync(join(dist, 'chunks')).filter((f) => f.endsWith('.js'))) {
    copyFileSync(join(dist, 'chunks', chunk), join(out, 'lib/chunks', chunk));
  }
}

const firstLanguage = (catalog: Json): string => catalog.trainings?.[0]?.language ?? 'en';

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The page that shows the archive: what `preview` opens and what a host can link to as it is. */
function page(title: string, lang: string): string {
  return `<!doctype html>
<html lang="${escape(lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title)}</title>
<link rel="icon" href="data:,">
<script type="module" src="lib/rsp-archive.js"></script>
<style>body { margin: 0 auto; max-width: 75rem; padding: 1rem; font-family: system-ui, sans-serif; }</style>
</head>
<body>
<main>
<rsp-archive src="catalog.json" set-title heading-level="1">
<p>Loading the training archive… If it does not appear, open this site from a web server, or run
<code>npx rsp-archive preview</code> with this folder: browsers do not run it from a file on disk.</p>
</rsp-archive>
</main>
</body>
</html>
`;
}

/** Cache rules in the `_headers` format Netlify and Cloudflare Pages read (docs/hosting.md has the same for others). */
function headers(): string {
  return [
    '# Cache rules for this site. Files with a content hash in their name never change; the others name them.',
    ...SHORT_LIVED.map((name) => `/${name}\n  Cache-Control: no-cache`),
    '/\n  Cache-Control: no-cache',
    '/media/*\n  Cache-Control: public, max-age=31536000, immutable\n  Access-Control-Allow-Origin: *',
    '/files/*\n  Cache-Control: public, max-age=31536000, immutable',
    '/lib/chunks/*\n  Cache-Control: public, max-age=31536000, immutable',
    '/list.*\n  Cache-Control: public, max-age=31536000, immutable\n  Access-Control-Allow-Origin: *',
    '/trainings/*\n  Cache-Control: public, max-age=31536000, immutable\n  Access-Control-Allow-Origin: *',
    '/spoken*\n  Cache-Control: public, max-age=31536000, immutable\n  Access-Control-Allow-Origin: *',
    '',
  ].join('\n');
}
