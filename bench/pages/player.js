// <rsp-training-player> against a bare <video>, a 2-hour transcript and the highlight step, driven by bench/run.js.
// Only public attributes and the DOM are used: the player exposes no timing hooks.
import { catalogStore } from '/bench/.cache/dist/rsp-archive.js';
import { collect, layout, now, once, until } from './shared.js';

// The player chunk normally loads while the browser is idle, long before a viewer chooses a training.
window.pageReady = customElements.whenDefined('rsp-training-player');

const canPlay = async (video) => {
  if (video.readyState < HTMLMediaElement.HAVE_FUTURE_DATA) await once(video, 'canplay');
};

/** The floor: a bare <video> with the same file and preload as the player's, to `canplay`. */
window.benchBareVideo = async (src) => {
  const video = document.createElement('video');
  video.preload = 'metadata';
  video.controls = true;
  video.muted = true;
  const start = now();
  video.src = src;
  document.body.append(video);
  await canPlay(video);
  return now() - start;
};

/** The element connected → its <video> can play (catalog already loaded, as when a list card was chosen). */
window.benchPlayerVideo = async (catalogUrl, training, session) => {
  await catalogStore(catalogUrl).load();
  const player = document.createElement('rsp-training-player');
  player.setAttribute('src', catalogUrl);
  player.setAttribute('training', training);
  player.setAttribute('session', session);
  const start = now();
  document.body.append(player);
  await until(() => player.shadowRoot?.querySelector('video'), 'the player video');
  const video = player.shadowRoot.querySelector('video');
  video.muted = true;
  await canPlay(video);
  return now() - start;
};

/** What the browser's own WebVTT parser takes for the file (the player reads cues through a <track>). */
window.benchVttParse = async (src) => {
  const video = document.createElement('video');
  const track = document.createElement('track');
  track.kind = 'metadata';
  track.src = src;
  video.append(track);
  const start = now();
  const loaded = once(track, 'load');
  const { result: ms, longest } = await longestTaskDuring(async () => {
    track.track.mode = 'hidden';
    await loaded;
    return now() - start;
  });
  return { ms, longest, cues: track.track.cues.length };
};

let player;
const transcriptCues = () => player.shadowRoot.querySelectorAll('.transcript .cues button').length;
/** The first transcript line shown starts with `words` (the transcript is windowed: only cues near the view exist). */
const firstLine = (words) =>
  player.shadowRoot.querySelector('.transcript .cues .text')?.textContent.startsWith(words) ?? false;
/** The 2-hour transcript's first cue starts so (bench/run.js writes it); the demo captions' first cue does not. */
const LONG_FIRST = 'Safety';

/**
 * The transcript render. The player renders its transcript panel (hidden until opened) as soon as the cues are
 * there, and keeps parsed cues per file for the page. So: switching to a session whose 2,000 cues are already
 * parsed, to its first cues in the DOM (the list is windowed), minus the same switch between two sessions that share
 * their short captions transcript (the player's own work for a session change). Then opening the panel: to its cues
 * laid out.
 */
window.benchTranscript = async (catalogUrl, runs) => {
  await catalogStore(catalogUrl).load();
  player = document.createElement('rsp-training-player');
  player.setAttribute('src', catalogUrl);
  player.setAttribute('training', 'long');
  player.setAttribute('session', 'plain');
  document.body.append(player);
  await until(() => player.shadowRoot?.querySelector('video'), 'the player');
  player.setAttribute('session', 'transcript');
  const long = () => firstLine(LONG_FIRST);
  await until(long, 'the transcript (first load)');

  // The sessions without a transcript file of their own show their captions' few cues (the catalog default).
  const short = () => transcriptCues() > 0 && !long();
  const switchTo = async (session, test) => {
    collect();
    const start = now();
    player.setAttribute('session', session);
    await player.updateComplete;
    await until(test, `session ${session}`);
    await player.updateComplete;
    return now() - start;
  };
  const withCues = [];
  const without = [];
  for (let run = 0; run < runs; run++) {
    await switchTo('plain', short);
    withCues.push(await switchTo('transcript', long));
    await switchTo('plain', short);
    without.push(await switchTo('plain-2', short));
  }

  await switchTo('transcript', long);
  const toggle = player.shadowRoot.querySelector('button[aria-controls="transcript"]');
  const open = [];
  for (let run = 0; run < runs; run++) {
    collect();
    const start = now();
    toggle.click(); // open
    await player.updateComplete;
    layout();
    open.push(now() - start);
    toggle.click(); // close
    await player.updateComplete;
    layout();
  }
  return { withCues, without, open };
};

/**
 * One `timeupdate` that moves the highlight to the next cue, timed to the player's updated DOM (the current cue is
 * marked and scrolled into view inside the open panel). `currentTime` is pinned on the element, so the step is
 * exact and nothing else moves the playhead.
 */
window.benchHighlight = async (steps, firstCue, cueSeconds) => {
  const toggle = player.shadowRoot.querySelector('button[aria-controls="transcript"]');
  if (toggle.getAttribute('aria-expanded') !== 'true') toggle.click();
  await player.updateComplete;
  const video = player.shadowRoot.querySelector('video');
  video.pause();
  let time = firstCue * cueSeconds + cueSeconds / 2;
  Object.defineProperty(video, 'currentTime', { configurable: true, get: () => time, set: () => {} });
  video.dispatchEvent(new Event('timeupdate'));
  await player.updateComplete;
  const result = [];
  for (let step = 1; step <= steps; step++) {
    time += cueSeconds;
    const start = now();
    video.dispatchEvent(new Event('timeupdate'));
    await player.updateComplete;
    result.push(now() - start);
  }
  const current = player.shadowRoot.querySelector('.transcript [aria-current]');
  return { steps: result, current: current?.querySelector('.time')?.textContent.trim() };
};

const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/** The longest task (ms) the browser reports while `work` runs. */
async function longestTaskDuring(work) {
  let longest = 0;
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longest = Math.max(longest, entry.duration);
  });
  observer.observe({ type: 'longtask' });
  const result = await work();
  await frame();
  for (const entry of observer.takeRecords()) longest = Math.max(longest, entry.duration);
  observer.disconnect();
  return { result, longest };
}

/** Opens the transcript panel, to the second frame after (the list measures itself when it gets its height). */
async function openTranscriptPanel() {
  const toggle = player.shadowRoot.querySelector('button[aria-controls="transcript"]');
  collect();
  const start = now();
  toggle.click();
  await player.updateComplete;
  await frame();
  await frame();
  layout();
  const ms = now() - start;
  toggle.click();
  await player.updateComplete;
  return ms;
}

/**
 * A 50,000-cue transcript: session chosen → its first cues in the DOM (the browser's parse, our reading in slices
 * and the window's first rows), with the longest task meanwhile; the panel opened, beside the same on a session
 * whose transcript has a few cues; and search keystrokes to the DOM updated, beside a bare `includes` scan over the
 * same 50,000 lower-case texts.
 */
window.benchLongTranscript = async (catalogUrl, runs, queries, vttUrl) => {
  await catalogStore(catalogUrl).load();
  player = document.createElement('rsp-training-player');
  player.setAttribute('src', catalogUrl);
  player.setAttribute('training', 'long');
  player.setAttribute('session', 'plain');
  document.body.append(player);
  await until(() => player.shadowRoot?.querySelector('video') && transcriptCues() > 0, 'the player');
  const first = () => firstLine('Cue 1:');
  collect();
  const start = now();
  const { longest } = await longestTaskDuring(async () => {
    player.setAttribute('session', 'huge');
    await until(first, 'the 50,000-cue transcript', 60_000);
  });
  const load = now() - start;
  const rendered = transcriptCues();

  const open = [];
  const openFloor = [];
  for (let run = 0; run < runs; run++) open.push(await openTranscriptPanel());
  player.setAttribute('session', 'plain');
  await until(() => transcriptCues() > 0 && !first(), 'the short transcript');
  for (let run = 0; run < runs; run++) openFloor.push(await openTranscriptPanel());
  player.setAttribute('session', 'huge');
  await until(first, 'the 50,000-cue transcript again');

  // The floor: the texts as the browser parsed them, lower-cased once, scanned with `includes` for each prefix.
  const video = document.createElement('video');
  const track = document.createElement('track');
  track.kind = 'metadata';
  track.src = vttUrl;
  video.append(track);
  const loaded = once(track, 'load');
  track.track.mode = 'hidden';
  await loaded;
  const texts = Array.from(track.track.cues, (cue) => cue.text.toLowerCase());

  const toggle = player.shadowRoot.querySelector('button[aria-controls="transcript"]');
  toggle.click();
  await player.updateComplete;
  await frame();
  const input = player.shadowRoot.querySelector('.transcript input[type="search"]');
  const keys = [];
  const floor = [];
  let found = 0; // read after the loop, so the scan cannot be skipped
  for (const query of queries) {
    for (let length = 1; length <= query.length; length++) {
      const typed = query.slice(0, length);
      let begin = now();
      input.value = typed;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await player.updateComplete;
      layout();
      keys.push(now() - begin);
      begin = now();
      for (const text of texts) if (text.includes(typed)) found++;
      floor.push(now() - begin);
    }
    input.value = '';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await player.updateComplete;
  }
  return { load, longest, rendered, open, openFloor, keys, floor, found };
};

/**
 * A pause's save: from the video's `pause` event to the player's `rsp-pause` (which it fires once the progress is
 * saved), with `ranges` watched ranges already stored for the session (0 for the floor). Storage is seeded before the
 * player exists, as a record left by earlier visits.
 */
window.benchPauseSave = async (catalogUrl, ranges) => {
  localStorage.clear();
  if (ranges) {
    const watched = Array.from({ length: ranges }, (_, at) => [at * 0.0005, at * 0.0005 + 0.0002]);
    localStorage.setItem(
      'rsp-archive:progress:long',
      JSON.stringify({ sessions: { plain: { position: 1, duration: 11, watched, completed: false } } }),
    );
  }
  await catalogStore(catalogUrl).load();
  const element = document.createElement('rsp-training-player');
  element.setAttribute('src', catalogUrl);
  element.setAttribute('training', 'long');
  element.setAttribute('session', 'plain');
  document.body.append(element);
  await until(() => element.shadowRoot?.querySelector('video'), 'the player video');
  const video = element.shadowRoot.querySelector('video');
  video.muted = true;
  await video.play();
  await until(() => video.currentTime > 0.5, 'half a second played');
  let start = 0;
  // Capture on the shadow root runs before the player's own listener on the video.
  element.shadowRoot.addEventListener('pause', () => (start = now()), { capture: true, once: true });
  const saved = new Promise((resolve) => element.addEventListener('rsp-pause', () => resolve(now() - start), { once: true }));
  video.pause();
  const ms = await saved;
  const stored = JSON.parse(localStorage.getItem('rsp-archive:progress:long')).sessions.plain.watched.length;
  element.remove();
  return { ms, stored };
};
