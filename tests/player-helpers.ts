/** Helpers for the player and progress tests. */

/**
 * Makes `window.localStorage` throw a `SecurityError` on access, as browsers do when a person blocks site data,
 * until the returned function is called.
 */
export function blockStorage(): () => void {
  const owner = Object.getOwnPropertyDescriptor(window, 'localStorage') ? window : Window.prototype;
  const original = Object.getOwnPropertyDescriptor(owner, 'localStorage')!;
  Object.defineProperty(window, 'localStorage', {
    configurable: true,
    get() {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    },
  });
  return () => {
    if (owner === window) Object.defineProperty(window, 'localStorage', original);
    else delete (window as { localStorage?: Storage }).localStorage;
  };
}

/** Removes every `rsp-archive:` key this page stored. */
export function clearStoredProgress() {
  for (const key of Object.keys(localStorage)) if (key.startsWith('rsp-archive:')) localStorage.removeItem(key);
}

import { fixture, html, waitUntil } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import '../src/components/training-player.js';
import type { RspTrainingPlayer } from '../src/components/training-player.js';

/** The player test catalog, served by tests/server.js; its media are the demo's generated clips. */
export const playerCatalog = new URL('/test-server/file/catalog-player.json', location.href).href;

/** A player for `training` (attributes as given) once its catalog has rendered. */
export async function renderPlayer(training: string, attributes: Record<string, string> = {}) {
  const element = document.createElement('rsp-training-player');
  element.setAttribute('src', playerCatalog);
  element.setAttribute('training', training);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  const host = await fixture(html`<div></div>`);
  host.append(element);
  await waitUntil(() => element.shadowRoot?.querySelector('.header, [role="alert"]'), 'player rendered', {
    timeout: 5000,
  });
  return element as RspTrainingPlayer;
}

/**
 * The player's `<video>`, muted (unmuted playback needs a user gesture headless) and loading all of its (small)
 * file: the test server answers without range requests, so a clip is seekable only once it is all buffered.
 */
export function videoOf(element: RspTrainingPlayer): HTMLVideoElement {
  const video = element.shadowRoot!.querySelector('video')!;
  video.muted = true;
  video.preload = 'auto';
  return video;
}

/** Resolves once `video` knows its duration and can seek anywhere in it. */
export async function metadata(video: HTMLVideoElement) {
  const seekable = () =>
    video.readyState >= 1 && video.seekable.length > 0 && video.seekable.end(0) >= video.duration - 0.5;
  await waitUntil(seekable, 'video seekable', { timeout: 8000 });
}

/** Button in the player's shadow root whose text is `label`. */
export function button(element: Element, label: string): HTMLButtonElement {
  const found = [...element.shadowRoot!.querySelectorAll('button')].find(
    (each) => each.textContent!.replace(/\s+/g, ' ').trim() === label,
  );
  if (!found) throw new Error(`no button "${label}"`);
  return found;
}

/** Waits until `video.currentTime` passes `seconds` while playing. */
export async function playedPast(video: HTMLVideoElement, seconds: number, timeout = 15000) {
  await waitUntil(() => video.currentTime >= seconds || video.ended, `played past ${seconds} s`, { timeout });
}

/** A real mouse click in the middle of `element` (moves focus as a person's click does). */
export async function clickOn(element: Element) {
  // Twice, a frame apart: cues scrolled into view are laid out only then (content-visibility), and may move.
  element.scrollIntoView({ block: 'center' });
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  element.scrollIntoView({ block: 'center' });
  const box = element.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
}
