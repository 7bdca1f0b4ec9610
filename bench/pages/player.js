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
  track.track.mode = 'hidden';
  await loaded;
  return { ms: now() - start, cues: track.track.cues.length };
};

let player;
const transcriptCues = () => player.shadowRoot.querySelectorAll('.transcript .cues button').length;

/**
 * The transcript render. The player renders its transcript panel (hidden until opened) as soon as the cues are
 * there, and keeps parsed cues per file for the page. So: switching to a session whose 2,000 cues are already
 * parsed, to all cue buttons in the DOM, minus the same switch between two sessions that share their short
 * captions transcript (the player's own work for a session change). Then opening the panel: to its 2,000 buttons laid out.
 */
window.benchTranscript = async (catalogUrl, runs, cueCount) => {
  await catalogStore(catalogUrl).load();
  player = document.createElement('rsp-training-player');
  player.setAttribute('src', catalogUrl);
  player.setAttribute('training', 'long');
  player.setAttribute('session', 'plain');
  document.body.append(player);
  await until(() => player.shadowRoot?.querySelector('video'), 'the player');
  player.setAttribute('session', 'transcript');
  await until(() => transcriptCues() === cueCount, 'the transcript (first load)');

  // The sessions without a transcript file of their own show their captions' few cues (the catalog default).
  const short = () => transcriptCues() > 0 && transcriptCues() < cueCount;
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
    withCues.push(await switchTo('transcript', () => transcriptCues() === cueCount));
    await switchTo('plain', short);
    without.push(await switchTo('plain-2', short));
  }

  await switchTo('transcript', () => transcriptCues() === cueCount);
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
