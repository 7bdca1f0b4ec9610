/** Reading one cell's value the way publishing staff write it: dates, durations, yes/no, lists, files, links. */
import { DATE_PATTERN, DURATION_PATTERN, EMBED_ID_PATTERN, ID_PATTERN, LANGUAGE_PATTERN } from '../catalog/patterns.js';
import type { Cell } from './sheet.js';

/** A cell's value, or the sentence saying what is wrong with it. */
export type Read<T> = { value: T } | { error: string };

export const ok = <T>(value: T): Read<T> => ({ value });

/** YYYY-MM-DD, a date cell, or M/D/YYYY as US spreadsheets write it. */
export function readDate(cell: Cell): Read<string> {
  const text = cell.text;
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  const iso = us ? `${us[3]}-${us[1]!.padStart(2, '0')}-${us[2]!.padStart(2, '0')}` : text;
  if (DATE_PATTERN.test(iso) && !Number.isNaN(Date.parse(`${iso}T00:00:00Z`)) && new Date(`${iso}T00:00:00Z`).toISOString().startsWith(iso)) {
    return ok(iso);
  }
  return { error: `"${text}" is not a date: write it as YYYY-MM-DD, e.g. 2021-03-04` };
}

/** Seconds as ISO 8601: 92.4 → PT1M32S. Rounded to whole seconds. */
export function isoDuration(seconds: number): string {
  const total = Math.round(seconds);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  return `PT${h ? `${h}H` : ''}${m ? `${m}M` : ''}${s || total === 0 ? `${s}S` : ''}`;
}

/** Seconds of an ISO 8601 duration (days, hours, minutes, seconds). */
export function durationSeconds(iso: string): number {
  const m = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/.exec(iso);
  if (!m) return Number.NaN;
  return Number(m[1] ?? 0) * 86400 + Number(m[2] ?? 0) * 3600 + Number(m[3] ?? 0) * 60 + Number(m[4] ?? 0);
}

/** 1:32:00, 32:10, 92 (minutes) or PT1H32M. */
export function readDuration(cell: Cell): Read<string> {
  const words = /^(?:(\d+)\s*(?:h|hr|hrs|hours?))?\s*(?:(\d+)\s*(?:m|min|mins|minutes?))?$/i.exec(cell.text.trim());
  if (words && (words[1] || words[2])) return ok(isoDuration(Number(words[1] ?? 0) * 3600 + Number(words[2] ?? 0) * 60));
  if (cell.value instanceof Date && cell.value.getUTCFullYear() < 1900) {
    return ok(isoDuration((cell.value.getTime() - Date.UTC(1899, 11, 30)) / 1000)); // Excel's time cells count from 1899-12-30
  }
  const text = cell.text;
  if (DURATION_PATTERN.test(text)) return ok(text);
  const clock = /^(?:(\d+):)?(\d{1,2}):(\d{2})$/.exec(text);
  if (clock) return ok(isoDuration(Number(clock[1] ?? 0) * 3600 + Number(clock[2]) * 60 + Number(clock[3])));
  if (/^\d+(\.\d+)?$/.test(text)) return ok(isoDuration(Number(text) * 60));
  return { error: `"${text}" is not a duration: write 1:32:00, 92 (minutes), or leave it blank to read it from the video` };
}

export function readYesNo(cell: Cell): Read<boolean | undefined> {
  const text = cell.text.toLowerCase();
  if (text === '') return ok(undefined);
  if (['yes', 'y', 'true', '1', 'x', 'sí', 'si'].includes(text) || cell.value === true) return ok(true);
  if (['no', 'n', 'false', '0'].includes(text) || cell.value === false) return ok(false);
  return { error: `"${cell.text}" should be yes or no` };
}

export function readNumber(cell: Cell): Read<number> {
  const n = typeof cell.value === 'number' ? cell.value : Number(cell.text.replace(',', '.'));
  return Number.isFinite(n) && n >= 0 ? ok(n) : { error: `"${cell.text}" should be a number, e.g. 1.5` };
}

export function readId(cell: Cell): Read<string> {
  return ID_PATTERN.test(cell.text) ? ok(cell.text) : { error: `"${cell.text}" is not an id: use letters, digits, "-", "_" or "." (no spaces), e.g. ${slug(cell.text) || 'module-1'}` };
}

/** Languages of the Commonwealth's language-access lists and more, to turn "Spanish" into a hint to write es. */
const TAGS = ['en', 'es', 'pt', 'ht', 'zh', 'vi', 'km', 'ru', 'ar', 'fr', 'ko', 'it', 'pl', 'el', 'cv', 'so', 'ne', 'am', 'uk', 'hi', 'ja', 'de', 'tl', 'asl'];

export function readLanguage(cell: Cell): Read<string> {
  if (LANGUAGE_PATTERN.test(cell.text)) return ok(cell.text);
  const names = new Intl.DisplayNames(['en'], { type: 'language' });
  const tag = TAGS.find((t) => names.of(t)?.toLowerCase() === cell.text.toLowerCase());
  return { error: `"${cell.text}" is not a language tag: ${tag ? `write ${tag} for ${names.of(tag)}` : 'write en, es, pt-BR…'}` };
}

/** The label a near miss meant: the same letters, one or two typed wrong, or a plural's s. */
export function closest(text: string, labels: string[], limit?: number): string | undefined {
  const key = (value: string) => value.toLowerCase().replace(/[^a-z0-9]/g, '');
  const distance = (a: string, b: string) => {
    const row = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i += 1) {
      let previous = row[0]!;
      row[0] = i;
      for (let j = 1; j <= b.length; j += 1) {
        const next = row[j]!;
        row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
        previous = next;
      }
    }
    return row[b.length]!;
  };
  const scored = labels.map((label) => ({ label, d: distance(key(text), key(label)) })).sort((a, b) => a.d - b.d);
  return scored[0] && scored[0].d <= (limit ?? Math.min(2, Math.floor(key(text).length / 4))) ? scored[0].label : undefined;
}

/** Items of a list cell: semicolons separate; commas too when there is no semicolon and `commas` is set. */
export function items(cell: Cell, commas = false): string[] {
  const separator = cell.text.includes(';') || !commas ? ';' : ',';
  return cell.text.split(separator).map((item) => item.trim()).filter(Boolean);
}

/** An id made from a label: "Trauma-informed care" → trauma-informed-care. */
export function slug(label: string): string {
  return label
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** A file named in a cell: a path inside the source folder (forward slashes), or an http(s) link. */
export function readFileRef(text: string): Read<string> {
  if (/^https?:\/\//i.test(text)) return ok(text);
  if (/^[a-z][a-z0-9+.-]*:/i.test(text) && !/^[a-z]:[\\/]/i.test(text)) return { error: `"${text}" is not a file or an http(s) link` };
  const path = text.replace(/\\/g, '/').replace(/^\.\//, '');
  if (path.startsWith('/') || /^[a-z]:\//i.test(path) || path.split('/').includes('..')) {
    return { error: `"${text}" must be a file inside the source folder, written from that folder, e.g. media/tist-1.mp4` };
  }
  return ok(path);
}

/** A YouTube or Vimeo link as the catalog's embed, or undefined when the text is not one. */
export function embedOf(text: string): { provider: 'youtube' | 'vimeo'; id: string; unlisted?: boolean } | undefined {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return undefined;
  }
  const host = url.hostname.replace(/^(www|m)\./, '');
  let id: string | undefined;
  if (host === 'youtu.be') id = url.pathname.slice(1);
  else if (host === 'youtube.com' || host === 'youtube-nocookie.com') {
    id = url.searchParams.get('v') ?? /^\/(?:embed|shorts|live)\/([^/]+)/.exec(url.pathname)?.[1];
  } else if (host === 'vimeo.com' || host === 'player.vimeo.com') {
    id = /(?:^|\/)(\d+)(?:\/|$)/.exec(url.pathname)?.[1];
    // An unlisted video's link carries its private hash (vimeo.com/123/abc, ?h=abc): the player cannot pass it on yet.
    const unlisted = /\/\d+\/[0-9a-f]{6,}/i.test(url.pathname) || url.searchParams.has('h');
    return id && EMBED_ID_PATTERN.test(id) ? { provider: 'vimeo', id, ...(unlisted && { unlisted: true }) } : undefined;
  } else return undefined;
  return id && EMBED_ID_PATTERN.test(id) ? { provider: 'youtube', id } : undefined;
}

/** "Name, PhD (Organisation)" → a presenter. */
export function readPresenter(text: string): { name: string; credentials?: string; affiliation?: string } {
  const affiliation = /\(([^)]*)\)\s*$/.exec(text);
  const rest = affiliation ? text.slice(0, affiliation.index).trim() : text;
  const comma = rest.indexOf(',');
  const name = (comma < 0 ? rest : rest.slice(0, comma)).trim();
  const credentials = comma < 0 ? '' : rest.slice(comma + 1).trim();
  return { name, ...(credentials && { credentials }), ...(affiliation?.[1]?.trim() && { affiliation: affiliation[1].trim() }) };
}
