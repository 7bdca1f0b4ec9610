// The demo archive (demo/catalog.json and its files) as a visitor meets it: every training shows its own recording,
// the captions speak of the training's own subject, and the durations the catalog states are the media's.
// Runs without ffmpeg (CI has none): durations come from the MP4 header and the WebVTT cue times.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

const root = new URL('../../demo/', import.meta.url);
const catalog = JSON.parse(readFileSync(new URL('catalog.json', root), 'utf8'));
const file = (ref) => new URL(ref, root);

/** Every session that has a video of its own files, with its training. */
const sessions = catalog.trainings.flatMap((training) =>
  training.sessions.filter((session) => session.video?.sources).map((session) => ({ training, session, video: session.video })),
);

/** Seconds of an ISO 8601 duration such as `PT1H2M3S`. */
function isoSeconds(duration) {
  const match = /^PT(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?$/.exec(duration ?? '');
  assert.ok(match, `not an ISO 8601 duration: ${duration}`);
  return Number(match[1] ?? 0) * 3600 + Number(match[2] ?? 0) * 60 + Number(match[3] ?? 0);
}

/** The cues of a WebVTT file: start, end (seconds) and text. */
function cues(ref) {
  const seconds = (stamp) => stamp.split(':').reduce((total, part) => total * 60 + Number(part), 0);
  return readFileSync(file(ref), 'utf8')
    .split(/\r?\n\r?\n/)
    .map((block) => /^(?:.*\n)?([\d:.]+) --> ([\d:.]+)[^\n]*\n([\s\S]+)$/.exec(block.trim()))
    .filter(Boolean)
    .map(([, start, end, text]) => ({ start: seconds(start), end: seconds(end), text: text.trim() }));
}

/** The duration in an MP4's movie header (`moov/mvhd`), in seconds. */
function mp4Seconds(ref) {
  const bytes = readFileSync(file(ref));
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const find = (type, start, end) => {
    for (let at = start; at + 8 <= end; ) {
      const size = view.getUint32(at);
      if (bytes.toString('latin1', at + 4, at + 8) === type) return { body: at + 8, end: at + size };
      if (size < 8) break;
      at += size;
    }
    assert.fail(`${ref}: no ${type} box`);
  };
  const moov = find('moov', 0, bytes.length);
  const { body } = find('mvhd', moov.body, moov.end);
  const version = view.getUint8(body);
  const timescale = view.getUint32(body + (version === 1 ? 20 : 12));
  const duration = version === 1 ? Number(view.getBigUint64(body + 24)) : view.getUint32(body + 16);
  return duration / timescale;
}

/** The duration in a WebM's Segment Info (EBML: `Duration` × `TimestampScale` ns), in seconds. */
function webmSeconds(ref) {
  const bytes = readFileSync(file(ref));
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // An EBML variable-length integer at `at`: its length from the leading zeros, its value with or without the marker.
  const vint = (at, keepMarker) => {
    const length = Math.clz32(bytes[at]) - 23;
    let value = keepMarker ? bytes[at] : bytes[at] & (0xff >> length);
    for (let i = 1; i < length; i++) value = value * 256 + bytes[at + i];
    return { value, next: at + length };
  };
  // Segment, then its children up to Info (a SeekHead before it names Info's ID too: walk, do not search).
  const segment = bytes.indexOf(Buffer.from([0x18, 0x53, 0x80, 0x67]));
  if (segment < 0) assert.fail(`${ref}: no Segment`);
  let at = vint(segment + 4, false).next;
  let info;
  while (at < bytes.length && !info) {
    const id = vint(at, true);
    const length = vint(id.next, false);
    if (id.value === 0x1549a966) info = length;
    else at = length.next + length.value;
  }
  if (!info) assert.fail(`${ref}: no Segment Info`);
  const { value: size, next: body } = info;
  let scale = 1_000_000; // the default TimestampScale
  let duration;
  for (at = body; at < body + size; ) {
    const id = vint(at, true);
    const length = vint(id.next, false);
    if (id.value === 0x2ad7b1) scale = bytes.readUIntBE(length.next, length.value);
    if (id.value === 0x4489) duration = length.value === 8 ? view.getFloat64(length.next) : view.getFloat32(length.next);
    at = length.next + length.value;
  }
  if (duration === undefined) assert.fail(`${ref}: no Duration in Segment Info`);
  return (duration * scale) / 1e9;
}

/** The words of a text that say what it is about: lower case, four letters or more, not the frame around them. */
const FRAME = new Set(['with', 'from', 'after', 'into', 'part', 'module', 'session', 'recording', 'webinar', 'about', 'your', 'this', 'that', 'their']);
const words = (text) => (text.toLowerCase().match(/\p{L}+/gu) ?? []).filter((word) => word.length >= 4 && !FRAME.has(word));
/** Two forms of one word ("leaders", "leadership") share their first five letters. */
const sameWord = (a, b) => a.slice(0, 5) === b.slice(0, 5);

test('no two trainings share a video, poster, thumbnail, captions or chapters file', () => {
  const owners = new Map();
  const own = (ref, training) => {
    if (!ref) return;
    if (!owners.has(ref)) owners.set(ref, new Set());
    owners.get(ref).add(training.title);
  };
  for (const training of catalog.trainings) own(training.thumbnail?.src, training);
  for (const { training, video } of sessions) {
    for (const source of video.sources) own(source.src, training);
    for (const captions of video.captions ?? []) own(captions.src, training);
    for (const ref of [video.poster, video.chapters, video.descriptions, video.transcript]) own(ref, training);
  }
  const shared = [...owners].filter(([, titles]) => titles.size > 1).map(([ref, titles]) => `${ref}: ${[...titles].join(' / ')}`);
  assert.deepEqual(shared, [], 'each training needs its own recording (scripts/make-demo-media.sh)');
});

test("each session's first captions speak of its own training or session title", () => {
  const strays = [];
  for (const { training, session, video } of sessions) {
    // The captions in the training's language: a translation does not share the title's words.
    for (const captions of (video.captions ?? []).filter((each) => each.lang === training.language)) {
      const spoken = cues(captions.src).slice(0, 2).flatMap((cue) => words(cue.text));
      const title = words(`${training.title} ${session.title}`);
      if (!spoken.some((word) => title.some((each) => sameWord(word, each)))) {
        strays.push(`${training.id}/${session.id} ${captions.src}: "${cues(captions.src)[0]?.text}" says nothing of "${training.title}: ${session.title}"`);
      }
    }
  }
  assert.deepEqual(strays, []);
});

test("every session's duration is its MP4's, and no cue runs past the end", () => {
  const wrong = [];
  for (const { training, session, video } of sessions) {
    const stated = isoSeconds(session.duration);
    for (const source of video.sources.filter((each) => each.type === 'video/mp4')) {
      const real = mp4Seconds(source.src);
      if (Math.abs(real - stated) > 0.1) wrong.push(`${training.id}/${session.id}: ${session.duration}, ${source.src} lasts ${real.toFixed(2)} s`);
    }
    const tracks = [...(video.captions ?? []).map((each) => each.src), video.chapters, video.descriptions].filter(Boolean);
    for (const ref of tracks) {
      const last = Math.max(...cues(ref).map((cue) => cue.end));
      if (last > stated + 0.001) wrong.push(`${training.id}/${session.id}: ${ref} has a cue until ${last} s, after the ${stated} s end`);
    }
  }
  assert.deepEqual(wrong, []);
});

test("every WebM lasts its session's duration", () => {
  const wrong = [];
  for (const { training, session, video } of sessions) {
    for (const source of video.sources.filter((each) => each.type === 'video/webm')) {
      const real = webmSeconds(source.src);
      if (Math.abs(real - isoSeconds(session.duration)) > 0.1) wrong.push(`${training.id}/${session.id}: ${session.duration}, ${source.src} lasts ${real} s`);
    }
  }
  assert.deepEqual(wrong, []);
});
