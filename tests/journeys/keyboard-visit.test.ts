/**
 * The whole task by keyboard only: Tab to the search box, type, Tab to the first result (at most 5 presses), Enter
 * opens it with focus on its heading, every shortcut the player's "?" panel lists does what it says, Esc closes the
 * panel, Previous/Next session by Enter keep focus on something (never `<body>`), and "Back to all trainings" returns
 * to the list with the search and focus restored. Each step names the defect of issue 14 it stands for.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { byRole, deepAll, endVisit, findByRole, keepTestPageAddress, PATIENCE, seekable, step, Visit } from './harness.js';

const TIST = 'Trauma-Informed Stabilization Treatment (TIST)';

const sessionLine = (player: Element) => (player.shadowRoot!.querySelector('.session')?.textContent ?? '').replace(/\s+/g, ' ').trim();
const captionsShowing = (video: HTMLVideoElement) => [...video.textTracks].some((track) => track.mode === 'showing');
const inPlayer = (element: Element) => (element.getRootNode() as ShadowRoot).host?.localName === 'rsp-training-player';
/** The keys `sendKeys` presses for a key the panel names. */
const KEY_NAMES: Record<string, string> = { Space: ' ', '←': 'ArrowLeft', '→': 'ArrowRight', Esc: 'Escape', Escape: 'Escape' };

describe('journey: a keyboard-only visit', () => {
  keepTestPageAddress();
  let visit: Visit | undefined;
  afterEach(() => endVisit(visit));

  it('finds, opens, watches with every listed shortcut, changes session and goes back, by keyboard only', async function () {
    this.timeout(120000);
    visit = await Visit.open();
    const v = visit;
    await findByRole(v.doc, 'searchbox', 'Search trainings');

    await step('Tab reaches the search box; typing filters the list', undefined, async () => {
      const presses = await v.tabUntil((element) => element.matches('input[type="search"]'), 30);
      expect(presses, 'Tab presses to the search box').to.be.below(Infinity);
      await v.press('s');
      await v.type(v.focused() as HTMLElement, 'tabilization');
      await waitUntil(() => v.cardTitles()[0] === TIST, `"${TIST}" first`, PATIENCE);
    });

    const firstResult = () => byRole(v.doc, 'link', TIST);
    await step('at most 5 Tabs from the search box to the first result', 5, async () => {
      const presses = await v.tabUntil((element) => element === firstResult(), 60);
      expect(presses, 'Tab presses').to.be.at.most(5);
    }, async () => firstResult().focus());

    await step('Enter opens the training; focus lands on its heading', undefined, async () => {
      expect(v.focused()).to.equal(firstResult());
      await v.press('Enter');
      await findByRole(v.doc, 'heading', TIST);
      await waitUntil(() => v.focusedName() === TIST, `focus on the heading, not ${v.focusedName()}`, PATIENCE);
      expect(v.hash).to.equal('#rsp/tist');
    });

    const player = await v.player();
    const video = await v.video();
    await seekable(video);

    await step('Tab reaches the player\'s first control', undefined, async () => {
      const presses = await v.tabUntil(inPlayer, 20);
      expect(presses, 'Tab presses into the player').to.be.below(Infinity);
    }, async () => byRole(player.shadowRoot!, 'button', 'Back 10 seconds').focus());

    // The checks, one per key the "?" panel may list. Focus is on a toolbar button except for Space, which presses
    // a focused button: Space is tried on the video.
    const toolbarFocus = () => byRole(player.shadowRoot!, 'button', 'Back 10 seconds').focus();
    const toggles = async (key: string, read: () => unknown, what: string) => {
      const before = read();
      await v.press(key);
      await waitUntil(() => read() !== before, `${key}: ${what} changes`, PATIENCE);
      await v.press(key);
      await waitUntil(() => read() === before, `${key} again: ${what} back`, PATIENCE);
    };
    const at = async (key: string, seconds: number) => {
      await v.press(key);
      await waitUntil(() => Math.abs(video.currentTime - seconds) < 0.1, `${key}: at ${seconds} s, not ${video.currentTime}`, PATIENCE);
    };
    const panelShown = () => !player.shadowRoot!.querySelector<HTMLElement>('#shortcuts')!.hidden;
    const checks: Record<string, () => Promise<void>> = {
      k: () => toggles('k', () => video.paused, 'playing'),
      Space: async () => {
        // Back out of the player's toolbar past the video, then Tab forward onto it, as a person moving down the
        // page would: in Chromium, Shift+Tab from below lands on the video's last native control (its menu), where
        // Space presses that control instead, and the page never sees the key.
        const back = await v.tabUntil((element) => element === video, 20, true);
        expect(back, 'Shift+Tab reaches the video').to.be.below(Infinity);
        expect(await v.tabUntil((element) => element !== video, 20, true), 'Shift+Tab leaves the video').to.be.below(Infinity);
        await v.press('Tab');
        expect(v.focused(), 'Tab puts focus on the video').to.equal(video);
        await toggles(' ', () => video.paused, 'playing');
        toolbarFocus();
      },
      j: () => at('j', Math.max(0, video.currentTime - 10)),
      l: () => at('l', Math.min(video.duration, video.currentTime + 10)),
      '←': () => at('ArrowLeft', Math.max(0, video.currentTime - 5)),
      '→': () => at('ArrowRight', Math.min(video.duration, video.currentTime + 5)),
      c: () => toggles('c', () => captionsShowing(video), 'captions'),
      t: () => toggles('t', () => byRole(player.shadowRoot!, 'button', 'Transcript').getAttribute('aria-expanded'), 'transcript'),
      f: () => toggles('f', () => !!v.doc.fullscreenElement, 'full screen'),
      m: () => toggles('m', () => video.muted, 'sound'),
      '?': () => toggles('?', panelShown, 'the shortcuts list'),
      Esc: async () => {
        await v.press('?');
        await waitUntil(panelShown, 'list open', PATIENCE);
        await v.press('Escape');
        await waitUntil(() => !panelShown(), 'Esc closes the list', PATIENCE);
      },
    };
    checks.Escape = checks.Esc;

    let listed: string[] = [];
    await step('? opens the shortcuts list', undefined, async () => {
      await v.press('?');
      await waitUntil(panelShown, 'shortcuts list shown', PATIENCE);
      listed = deepAll(player.shadowRoot!, '#shortcuts kbd').map((key) => key.textContent!.trim());
      expect(listed.length).to.be.above(0);
    });

    await step('the list names f (full screen) and m (mute) too', 9, () => {
      expect(listed).to.include.members(['k', 'Space', 'j', 'l', '←', '→', 'c', 't', 'f', 'm', '?']);
    });

    await step('Esc closes the shortcuts list, and focus stays in the player', 9, async () => {
      await v.press('Escape');
      await waitUntil(() => !panelShown(), 'list closed by Esc', PATIENCE);
      expect(inPlayer(v.focused()!), `focus in the player, not ${v.focusedName()}`).to.equal(true);
    }, async () => {
      await v.press('?');
      await waitUntil(() => !panelShown(), 'list closed by ?', PATIENCE);
    });

    video.pause();
    for (const key of listed) {
      const defect = ['f', 'm', 'Space', 'Esc', 'Escape'].includes(key) ? 9 : undefined;
      await step(`the listed shortcut ${key} does what it says`, defect, async () => {
        if (!checks[key]) throw new Error(`the journey has no check for the listed key "${key}" (${KEY_NAMES[key] ?? key})`);
        if (!inPlayer(v.focused()!) || v.focused() === video) toolbarFocus();
        await checks[key]();
      }, async () => toolbarFocus());
    }
    video.pause();

    const next = () => byRole(player.shadowRoot!, 'button', 'Next session');
    await step('Enter on Next session moves on and keeps focus on the button', undefined, async () => {
      // From the toolbar's first button, where the shortcut checks leave off.
      toolbarFocus();
      const presses = await v.tabUntil((element) => element === next(), 30);
      expect(presses, `Tab reaches Next session; focus went ${v.tabbed.join(' → ')}`).to.be.below(Infinity);
      await v.press('Enter');
      await waitUntil(() => sessionLine(player).startsWith('Session 2 of 4'), 'session 2', PATIENCE);
      expect(v.focusedName()).to.equal('Next session');
    }, async () => next().focus());

    await step('Enter on Next session to the last session: the address follows, focus never drops to <body>', 3, async () => {
      for (const number of [3, 4]) {
        if (v.focused() !== next()) next().focus();
        await v.press('Enter');
        await waitUntil(() => sessionLine(player).startsWith(`Session ${number} of 4`), `session ${number}`, PATIENCE);
        await player.updateComplete;
        expect(v.focusedName(), `focus at session ${number}`).to.not.equal('<body>');
      }
      await waitUntil(() => v.hash === '#rsp/tist/module-4', `address is ${v.hash}`, PATIENCE);
    });

    await step('Enter on Previous session goes back one and keeps focus', undefined, async () => {
      const previous = byRole(player.shadowRoot!, 'button', 'Previous session');
      if (v.focused() !== previous) {
        const presses = await v.tabUntil((element) => element === previous, 10, true);
        if (presses === Infinity) previous.focus();
      }
      await v.press('Enter');
      await waitUntil(() => sessionLine(player).startsWith('Session 3 of 4'), 'session 3', PATIENCE);
      await player.updateComplete;
      expect(v.focusedName()).to.not.equal('<body>');
    });

    await step('"Back to all trainings" returns to the list with the search kept and focus on the card of the training left', undefined, async () => {
      const back = byRole(v.archive.shadowRoot!, 'link', /Back to all trainings/);
      const presses = await v.tabUntil((element) => element === back, 60, true);
      if (presses === Infinity) back.focus();
      await v.press('Enter');
      const search = await findByRole(v.doc, 'searchbox', 'Search trainings');
      await waitUntil(() => v.cardTitles().includes(TIST), 'list shown', PATIENCE);
      expect((search as HTMLInputElement).value).to.equal('stabilization');
      // Back where the person was: on the link of the card they opened, in view, so the next Tab goes on from there.
      await waitUntil(() => v.focusedName() === TIST, `focus on the card's link, not ${v.focusedName()}`, PATIENCE);
      const focused = v.focused()!;
      expect(focused.localName).to.equal('a');
      const box = focused.getBoundingClientRect();
      expect(box.top >= 0 && box.bottom <= v.win.innerHeight, 'the focused card link is in view').to.equal(true);
    });
  });
});
