/**
 * Journey: a viewer works through a course session by session, reloads, goes back, follows a shared link that is
 * wrong, and uses the host page's own skip link on the way — on the demo archive, by keyboard and by pointer.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/archive.js';
import type { RspArchive } from '../../src/components/archive.js';
import '../../src/components/training-player.js';
import type { RspTrainingPlayer } from '../../src/components/training-player.js';
import { shadowText } from '../helpers.js';
import { button } from '../player-helpers.js';
import { PATIENCE } from './harness.js';

/** Mounts `<rsp-archive>` on the demo catalog inside `host`, as a page load (or reload) at the current URL would. */
async function mountArchive(host: HTMLElement): Promise<RspArchive> {
  const element = document.createElement('rsp-archive');
  element.setAttribute('src', '/demo/catalog.json');
  host.append(element);
  await waitUntil(() => player(element)?.shadowRoot?.querySelector('.header, [role="alert"]'), 'player rendered', { timeout: 8000 });
  return element;
}

const player = (element: RspArchive) => element.shadowRoot!.querySelector<RspTrainingPlayer>('rsp-training-player');
/** The session line a sighted viewer reads above the video ("Session 2 of 4: Module 2: …"). */
const sessionLine = (element: RspArchive) => player(element)!.shadowRoot!.querySelector('.session')!.textContent!.replace(/\s+/g, ' ').trim();
/** Where focus really is, through shadow roots. */
function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}
/** Every live region's text in the archive and its player: what a screen reader is told politely. */
function spoken(element: RspArchive): string[] {
  const roots = [element.shadowRoot!, player(element)?.shadowRoot].filter(Boolean) as ShadowRoot[];
  return roots.flatMap((root) => [...root.querySelectorAll('[role="status"], [aria-live="polite"]')].map((region) => region.textContent!.trim()));
}

describe('Journey: sessions and links', () => {
  let original: string;
  let pushes: string[];
  const { pushState } = history;
  beforeEach(() => {
    original = location.href;
    pushes = [];
    // Counted rather than read from history.length, which Chromium caps at 50 entries.
    history.pushState = function (this: History, ...args: Parameters<History['pushState']>) {
      pushes.push(String(args[2]));
      return pushState.apply(this, args);
    };
  });
  afterEach(() => {
    history.pushState = pushState;
    history.replaceState(null, '', original);
  });

  it('Next session by keyboard three times: the address follows, a reload keeps the place, Back goes one session back', async () => {
    // An entry of its own (not counted), so that Back from it lands on the page as opened, without a fragment.
    pushState.call(history, null, '', `${location.pathname}${location.search}#rsp/tist`);
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    let element = await mountArchive(host);
    expect(sessionLine(element)).to.match(/^Session 1 of 4: Module 1/);
    const next = button(player(element)!, 'Next session');
    next.focus();
    for (const number of [2, 3, 4]) {
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => location.hash === `#rsp/tist/module-${number}`, `address is module-${number} (is ${location.hash})`, PATIENCE);
      await waitUntil(() => sessionLine(element).startsWith(`Session ${number} of 4`), `session ${number} shown`, PATIENCE);
      // Focus stays on the button pressed, so pressing again goes on.
      expect(deepActive()).to.equal(button(player(element)!, 'Next session'));
    }
    expect(pushes).to.have.length(3);
    // The change is told once, politely.
    await waitUntil(() => spoken(element).some((text) => text.includes('Session 4 of 4')), 'session change announced', PATIENCE);
    expect(spoken(element).filter((text) => text.includes('Session 4 of 4'))).to.have.length(1);

    // At the last session, Enter on Next does nothing, and focus does not fall to the page.
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(location.hash).to.equal('#rsp/tist/module-4');
    expect(document.activeElement).not.to.equal(document.body);
    expect(deepActive()).to.equal(button(player(element)!, 'Next session'));
    expect(button(player(element)!, 'Next session').getAttribute('aria-disabled')).to.equal('true');
    expect(pushes).to.have.length(3);
    await expect(element).to.be.accessible();

    // A reload comes back to session 4.
    element.remove();
    element = await mountArchive(host);
    expect(sessionLine(element)).to.match(/^Session 4 of 4/);

    // Back goes to session 3, not out of the archive.
    history.back();
    await waitUntil(() => location.hash === '#rsp/tist/module-3', 'back to module-3', PATIENCE);
    await waitUntil(() => sessionLine(element).startsWith('Session 3 of 4'), 'session 3 shown after Back', PATIENCE);
    // And on back through the sessions to the list the page was opened on.
    history.back();
    await waitUntil(() => location.hash === '#rsp/tist/module-2', 'back to module-2', PATIENCE);
    history.back();
    await waitUntil(() => location.hash === '#rsp/tist', 'back to #rsp/tist', PATIENCE);
    await waitUntil(() => sessionLine(element).startsWith('Session 1 of 4'), 'session 1 shown after Back', PATIENCE);
    history.back();
    await waitUntil(() => location.hash === '', 'back to the page as opened', PATIENCE);
    await waitUntil(() => !element.shadowRoot!.querySelector('rsp-training-list')!.closest('[hidden]'), 'the list shown', PATIENCE);
    expect(player(element)).to.equal(null);
  });

  it('at the last session, Enter on Next keeps focus on the button', async () => {
    history.replaceState(null, '', `${location.pathname}${location.search}#rsp/tist/module-3`);
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const element = await mountArchive(host);
    button(player(element)!, 'Next session').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => sessionLine(element).startsWith('Session 4 of 4'), 'session 4 shown', PATIENCE);
    await element.updateComplete;
    await player(element)!.updateComplete;
    expect(document.activeElement, 'focus on the page body').not.to.equal(document.body);
    await sendKeys({ press: 'Enter' });
    await player(element)!.updateComplete;
    expect(document.activeElement, 'focus on the page body').not.to.equal(document.body);
    expect(deepActive()).to.equal(button(player(element)!, 'Next session'));
    expect(sessionLine(element)).to.match(/^Session 4 of 4/);
  });

  it('Previous session by pointer works the same way, and the first session keeps the button in focus', async () => {
    history.replaceState(null, '', `${location.pathname}${location.search}#rsp/tist/module-2`);
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const element = await mountArchive(host);
    button(player(element)!, 'Previous session').click();
    await waitUntil(() => location.hash === '#rsp/tist/module-1', 'address is module-1', PATIENCE);
    await waitUntil(() => sessionLine(element).startsWith('Session 1 of 4'), 'session 1 shown', PATIENCE);
    const previous = button(player(element)!, 'Previous session');
    expect(previous.getAttribute('aria-disabled')).to.equal('true');
    previous.focus();
    await sendKeys({ press: 'Enter' });
    expect(deepActive()).to.equal(previous);
    expect(location.hash).to.equal('#rsp/tist/module-1');
    expect(pushes).to.have.length(1);
  });

  it('says so when a shared link names a session the training does not have', async () => {
    history.replaceState(null, '', `${location.pathname}${location.search}#rsp/tist/module-9`);
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const element = await mountArchive(host);
    const message = 'This training has no session “module-9”; showing session 1 of 4.';
    await waitUntil(() => shadowText(player(element)!).includes(message), 'message shown', PATIENCE);
    const box = [...player(element)!.shadowRoot!.querySelectorAll('[role="alert"]')].find((each) => each.textContent!.includes(message))!;
    expect(box, 'told to screen readers').to.exist;
    expect(box.getBoundingClientRect().height, 'visible').to.be.above(10);
    expect(sessionLine(element)).to.match(/^Session 1 of 4/);
    await expect(element).to.be.accessible();
  });

  it('a standalone player with an unknown session says so, in Spanish too', async () => {
    const host = await fixture<HTMLDivElement>(html`<div>
      <rsp-training-player src="/demo/catalog.json" training="tist" session="nope"></rsp-training-player>
      <rsp-training-player lang="es" src="/demo/catalog.json" training="tist" session="nope"></rsp-training-player>
    </div>`);
    const [english, spanish] = host.querySelectorAll('rsp-training-player');
    await waitUntil(() => shadowText(english).includes('This training has no session “nope”; showing session 1 of 4.'), 'English message', PATIENCE);
    await waitUntil(() => shadowText(spanish).includes('Esta capacitación no tiene ninguna sesión «nope»; se muestra la sesión 1 de 4.'), 'Spanish message', PATIENCE);
  });

  it('a standalone player changes its own session unless the host cancels rsp-session-select', async () => {
    const element = await fixture<RspTrainingPlayer>(html`<rsp-training-player src="/demo/catalog.json" training="tist"></rsp-training-player>`);
    await waitUntil(() => element.shadowRoot?.querySelector('.header'), 'player rendered', PATIENCE);
    const heard: { detail: unknown; bubbles: boolean; composed: boolean; cancelable: boolean }[] = [];
    const listener = (event: Event) => heard.push({ detail: (event as CustomEvent).detail, bubbles: event.bubbles, composed: event.composed, cancelable: event.cancelable });
    document.addEventListener('rsp-session-select', listener);
    try {
      button(element, 'Next session').click();
      await waitForSession(element, 'Session 2 of 4');
      expect(element.session).to.equal('module-2');
      expect(heard).to.deep.equal([{ detail: { trainingId: 'tist', sessionId: 'module-2' }, bubbles: true, composed: true, cancelable: true }]);
      await waitUntil(() => [...element.shadowRoot!.querySelectorAll('[role="status"], [aria-live="polite"]')].some((region) => region.textContent!.includes('Session 2 of 4')), 'announced', PATIENCE);

      element.addEventListener('rsp-session-select', (event) => event.preventDefault(), { once: true });
      button(element, 'Next session').click();
      await element.updateComplete;
      expect(element.session).to.equal('module-2');
      expect(heard).to.have.length(2);
    } finally {
      document.removeEventListener('rsp-session-select', listener);
    }
  });

  it('the host page\'s skip link leaves the archive and its playing video where they are; Back still lands right', async () => {
    history.replaceState(null, '', `${location.pathname}${location.search}#rsp/tist`);
    const host = await fixture<HTMLDivElement>(html`<div>
      <a class="skip" href="#main-content">Skip to main content</a>
      <main id="main-content" tabindex="-1"></main>
    </div>`);
    const element = await mountArchive(host.querySelector('main')!);
    const video = player(element)!.shadowRoot!.querySelector('video')!;
    video.muted = true;
    await video.play();
    await waitUntil(() => video.currentTime > 0.2, 'playing', PATIENCE);

    const skip = host.querySelector<HTMLAnchorElement>('.skip')!;
    const changed = oneEvent(window, 'hashchange');
    skip.click();
    await changed;
    await element.updateComplete;
    expect(location.hash).to.equal('#main-content');
    expect(player(element), 'player still there').to.exist;
    expect(player(element)!.shadowRoot!.querySelector('video')).to.equal(video);
    expect(video.isConnected).to.equal(true);
    const at = video.currentTime;
    await waitUntil(() => video.currentTime > at + 0.2 || video.ended, 'still playing', PATIENCE);
    expect(video.paused && !video.ended).to.equal(false);

    // Our own routes still work after the host's entry, and Back over it lands on what was shown.
    button(player(element)!, 'Next session').click();
    await waitUntil(() => location.hash === '#rsp/tist/module-2', 'address is module-2', PATIENCE);
    history.back();
    await waitUntil(() => location.hash === '#main-content', 'back on the host entry', PATIENCE);
    await waitUntil(() => sessionLine(element).startsWith('Session 1 of 4'), 'session 1 shown again', PATIENCE);
    history.back();
    await waitUntil(() => location.hash === '#rsp/tist', 'back to #rsp/tist', PATIENCE);
    await element.updateComplete;
    expect(sessionLine(element)).to.match(/^Session 1 of 4/);
    expect(player(element)).to.exist;
  });
});

async function waitForSession(element: RspTrainingPlayer, text: string) {
  await waitUntil(() => element.shadowRoot!.querySelector('.session')?.textContent?.includes(text), `waiting for ${text}`, PATIENCE);
}
