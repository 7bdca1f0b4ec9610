// The demo archive (demo/catalog.json and its files) as a visitor meets it: every training shows its own recording,
// the captions speak of the training's own subject, and the durations the catalog states are the media's.
// Runs without ffmpeg (CI has none): durations come from the MP4 header and the WebVTT cue times.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
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

/** ffprobe's duration of a file, or undefined where ffprobe is not installed. */
function probeSeconds(ref) {
  try {
    return Number(execFileSync('ffprobe', ['-v', 'error', '-show_entries', 'format=duration', '-of', 'csv=p=0', file(ref).pathname], { encoding: 'utf8' }));
  } catch (error) {
    if (error.code === 'ENOENT') return undefined;
    throw error;
  }
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

test("every WebM lasts its session's duration (needs ffprobe)", (t) => {
  if (probeSeconds(sessions[0].video.sources[0].src) === undefined) return t.skip('ffprobe is not installed: WebM durations not checked');
  const wrong = [];
  for (const { training, session, video } of sessions) {
    for (const source of video.sources.filter((each) => each.type === 'video/webm')) {
      const real = probeSeconds(source.src);
      if (Math.abs(real - isoSeconds(session.duration)) > 0.1) wrong.push(`${training.id}/${session.id}: ${session.duration}, ${source.src} lasts ${real} s`);
    }
  }
  assert.deepEqual(wrong, []);
});
