import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { shadowText, waitForText } from './helpers.js';
import { button, clearStoredProgress, clickOn, metadata, playedPast, renderPlayer, videoOf } from './player-helpers.js';
import type { RspTrainingPlayer } from '../src/components/training-player.js';

const select = (element: RspTrainingPlayer, label: string) =>
  [...element.shadowRoot!.querySelectorAll('label')]
    .find((each) => each.textContent!.includes(label))!
    .querySelector('select')!;

function choose(menu: HTMLSelectElement, value: string) {
  menu.focus();
  menu.value = value;
  menu.dispatchEvent(new Event('change', { bubbles: true }));
}

const cueButtons = (element: RspTrainingPlayer, panel: 'transcript' | 'chapters') =>
  [...element.shadowRoot!.querySelectorAll<HTMLButtonElement>(`#${panel} .cue`)];

const currentCue = (element: RspTrainingPlayer, panel: 'transcript' | 'chapters') =>
  element.shadowRoot!.querySelector(`#${panel} [aria-current]`)?.querySelector('.text')?.textContent;

async function openPanel(element: RspTrainingPlayer, label: 'Transcript' | 'Chapters') {
  const toggle = button(element, label);
  expect(toggle.getAttribute('aria-expanded')).to.equal('false');
  toggle.click();
  await element.updateComplete;
  expect(toggle.getAttribute('aria-expanded')).to.equal('true');
  const panel = element.shadowRoot!.getElementById(toggle.getAttribute('aria-controls')!)!;
  await waitUntil(() => panel.querySelector('.cue, .unavailable'), `${label} loaded`, { timeout: 5000 });
  return panel;
}

describe('<rsp-training-player>', () => {
  beforeEach(clearStoredProgress);
  afterEach(clearStoredProgress);

  it('shows the training, the session of how many, presenters and date', async () => {
    const element = await renderPlayer('tist');
    const text = shadowText(element);
    const title = element.shadowRoot!.querySelector('[role="heading"][aria-level="2"]')!;
    expect(title.textContent!.trim()).to.equal('Trauma-Informed Stabilization Treatment (TIST)');
    expect(text).to.include('Session 1 of 2: Module 1: Safety and stabilization');
    expect(text).to.include('Presented by Ilse Marchetti-Obi, PhD');
    expect(text).to.include('March 4, 2021');
    await expect(element).to.be.accessible();
  });

  it('shows only the session line with header="session", and takes its heading level from heading-level', async () => {
    const element = await renderPlayer('tist');
    element.setAttribute('heading-level', '4');
    await element.updateComplete;
    expect(element.shadowRoot!.querySelector('.title')!.getAttribute('aria-level')).to.equal('4');
    element.setAttribute('header', 'session');
    await element.updateComplete;
    expect(element.shadowRoot!.querySelector('.title')).to.equal(null);
    expect(shadowText(element)).to.include('Session 1 of 2: Module 1: Safety and stabilization');
    expect(shadowText(element)).not.to.include('Presented by');
  });

  it('has every captions track, the page language first, and switches them from the Captions menu', async () => {
    const element = await renderPlayer('tist');
    const video = videoOf(element);
    const tracks = [...video.textTracks];
    expect(tracks.map((track) => [track.label, track.language])).to.deep.equal([
      ['English', 'en'],
      ['Español', 'es'],
    ]);
    expect(tracks.map((track) => track.mode)).to.deep.equal(['showing', 'disabled']);
    const menu = select(element, 'Captions');
    expect([...menu.options].map((option) => option.text)).to.deep.equal(['Off', 'English', 'Español']);
    choose(menu, '1');
    await element.updateComplete;
    expect(tracks.map((track) => track.mode)).to.deep.equal(['disabled', 'showing']);
    // The Spanish track is marked automatic in the catalog.
    expect(shadowText(element)).to.include('These captions were made automatically and may contain errors.');
    choose(menu, '-1');
    await element.updateComplete;
    expect(tracks.map((track) => track.mode)).to.deep.equal(['disabled', 'disabled']);
    expect(shadowText(element)).not.to.include('made automatically');
  });

  it('shows Spanish captions first inside a Spanish page section', async () => {
    const section = document.createElement('div');
    section.lang = 'es';
    document.body.append(section);
    try {
      const element = document.createElement('rsp-training-player');
      element.src = new URL('/test-server/file/catalog-player.json', location.href).href;
      element.training = 'tist';
      section.append(element);
      await waitUntil(() => element.shadowRoot?.querySelector('video'), 'video', { timeout: 5000 });
      const video = element.shadowRoot!.querySelector('video')!;
      await waitUntil(() => video.textTracks[1]?.mode === 'showing', 'Spanish track showing');
      expect(video.textTracks[0].mode).to.equal('disabled');
    } finally {
      section.remove();
    }
  });

  it('lists the transcript cues from the WebVTT file; a cue click seeks; the highlight follows playback', async () => {
    const element = await renderPlayer('tist');
    const video = videoOf(element);
    await openPanel(element, 'Transcript');
    expect(cueButtons(element, 'transcript').map((cue) => cue.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal([
      '0:00 Welcome to module one of Trauma-Informed Stabilization Treatment.',
      '0:04 Feeling safe comes before any change.',
      '0:06 A calm, curious presence helps a person settle.',
    ]);
    await metadata(video);
    const seeked = oneEvent(video, 'seeked');
    await clickOn(cueButtons(element, 'transcript')[2]);
    await seeked;
    expect(video.currentTime).to.be.closeTo(6.937, 0.05);
    await element.updateComplete;
    expect(currentCue(element, 'transcript')).to.equal('A calm, curious presence helps a person settle.');
    // Focus stays on the cue the person clicked; the highlight does not move it.
    expect(element.shadowRoot!.activeElement === cueButtons(element, 'transcript')[2]).to.equal(true);

    video.currentTime = 3.5;
    await oneEvent(video, 'seeked');
    await video.play();
    await playedPast(video, 4.4);
    await waitUntil(
      () => currentCue(element, 'transcript') === 'Feeling safe comes before any change.',
      'the second cue highlighted while playing',
    );
    video.pause();
    await expect(element).to.be.accessible();
  });

  it('counts transcript search matches and steps through them', async () => {
    const element = await renderPlayer('tist');
    const panel = await openPanel(element, 'Transcript');
    const input = panel.querySelector('input')!;
    const status = panel.querySelector('[role="status"]')!;
    input.focus();
    input.value = 'CHANGE';
    input.dispatchEvent(new Event('input'));
    await element.updateComplete;
    expect(status.textContent).to.equal('1 match');
    expect([...panel.querySelectorAll('mark')].map((mark) => mark.textContent)).to.deep.equal(['change']);
    input.value = 'a';
    input.dispatchEvent(new Event('input'));
    await element.updateComplete;
    expect(status.textContent).to.equal('3 matches');
    button(element, 'Next match').click();
    await element.updateComplete;
    expect(status.textContent).to.equal('Match 1 of 3');
    button(element, 'Previous match').click();
    await element.updateComplete;
    expect(status.textContent).to.equal('Match 3 of 3');
    expect(panel.querySelector('.active-match .text')!.textContent).to.include('A calm, curious presence');
    input.value = 'restraint';
    input.dispatchEvent(new Event('input'));
    await element.updateComplete;
    expect(status.textContent).to.equal('No matches');
    expect(button(element, 'Next match').disabled).to.equal(true);
  });

  it('lists chapters, marks the current one, and seeks when one is activated', async () => {
    const element = await renderPlayer('tist');
    const video = videoOf(element);
    await metadata(video);
    await openPanel(element, 'Chapters');
    expect(cueButtons(element, 'chapters').map((cue) => cue.querySelector('.text')!.textContent)).to.deep.equal([
      'Welcome',
      'Safety first',
      'Calm presence',
    ]);
    const seeked = oneEvent(video, 'seeked');
    cueButtons(element, 'chapters')[1].click();
    await seeked;
    expect(video.currentTime).to.be.closeTo(4.233, 0.05);
    await element.updateComplete;
    expect(currentCue(element, 'chapters')).to.equal('Safety first');
  });

  it('sets the playback speed from the Speed menu', async () => {
    const element = await renderPlayer('tist');
    const video = videoOf(element);
    const menu = select(element, 'Speed');
    expect([...menu.options].map((option) => option.text)).to.deep.equal(['0.75×', '1×', '1.25×', '1.5×', '1.75×', '2×']);
    expect(menu.selectedOptions[0].text).to.equal('1×');
    choose(menu, '1.5');
    expect(video.playbackRate).to.equal(1.5);
    choose(menu, '0.75');
    expect(video.playbackRate).to.equal(0.75);
  });

  it('goes back 10 seconds', async () => {
    const element = await renderPlayer('tist');
    const video = videoOf(element);
    await metadata(video);
    video.currentTime = 10.5;
    await oneEvent(video, 'seeked');
    button(element, 'Back 10 seconds').click();
    expect(video.currentTime).to.be.closeTo(0.5, 0.05);
    button(element, 'Back 10 seconds').click();
    expect(video.currentTime).to.equal(0);
  });

  it('changes the source, the header and the panels with Next and Previous session', async () => {
    const element = await renderPlayer('tist');
    expect(button(element, 'Previous session').getAttribute('aria-disabled')).to.equal('true');
    await openPanel(element, 'Transcript');
    button(element, 'Next session').click();
    await element.updateComplete;
    await waitForText(element, 'Session 2 of 2: Module 2: Co-regulation');
    expect(element.getAttribute('session')).to.equal('module-2');
    const video = videoOf(element);
    await metadata(video);
    expect(new URL(video.currentSrc).pathname).to.equal('/demo/source/media/tist-2.webm');
    await waitForText(element, 'Module two is about co-regulation.');
    expect(button(element, 'Next session').getAttribute('aria-disabled')).to.equal('true');
    button(element, 'Previous session').click();
    await waitForText(element, 'Session 1 of 2');
    await metadata(videoOf(element));
    expect(new URL(videoOf(element).currentSrc).pathname).to.equal('/demo/source/media/tist-1.webm');
  });

  it('asks for no update from inside an update (Lit change-in-update) as sessions open, change and come back', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    // Lit says each warning once per page: forget those said by earlier tests.
    (globalThis as { litIssuedWarnings?: Set<unknown> }).litIssuedWarnings?.clear();
    console.warn = (...args: unknown[]) => {
      warnings.push(String(args[0]));
      warn.apply(console, args);
    };
    try {
      const element = await renderPlayer('tist');
      await metadata(videoOf(element));
      button(element, 'Next session').click();
      await waitForText(element, 'Session 2 of 2');
      await metadata(videoOf(element));
      const host = element.parentElement!;
      element.remove();
      await new Promise((resolve) => setTimeout(resolve));
      host.append(element);
      await element.updateComplete;
      await metadata(videoOf(element));
      const unplayable = await renderPlayer('missing-video');
      await waitUntil(() => unplayable.shadowRoot!.querySelector('[role="alert"]'), 'media error', { timeout: 8000 });
    } finally {
      console.warn = warn;
    }
    expect(warnings.filter((warning) => warning.includes('change-in-update'))).to.deep.equal([]);
  });

  it('opens the session named by its id or number, at the start time given', async () => {
    const byNumber = await renderPlayer('tist', { session: '2', start: '0:07' });
    await waitForText(byNumber, 'Module 2: Co-regulation');
    const video = videoOf(byNumber);
    await metadata(video);
    await waitUntil(() => Math.abs(video.currentTime - 7) < 0.1, 'started at 0:07');
    expect(video.paused).to.equal(true); // never autoplays
  });

  it('reads audio descriptions in a polite live region when turned on', async () => {
    const element = await renderPlayer('tist');
    const video = videoOf(element);
    await metadata(video);
    const toggle = button(element, 'Audio description');
    expect(toggle.getAttribute('aria-pressed')).to.equal('false');
    toggle.click();
    await element.updateComplete;
    expect(toggle.getAttribute('aria-pressed')).to.equal('true');
    const live = element.shadowRoot!.querySelector('[aria-live="polite"]')!;
    video.currentTime = 4.5;
    await waitUntil(() => live.textContent!.includes('The title card stays on screen while the narrator speaks'), 'description read');
    toggle.click();
    await element.updateComplete;
    expect(live.textContent).to.equal('');
  });

  it('says "Transcript unavailable" for a missing WebVTT file, and the video still plays', async () => {
    const element = await renderPlayer('missing-vtt');
    const panel = await openPanel(element, 'Transcript');
    expect(panel.textContent).to.include('Transcript unavailable');
    const video = videoOf(element);
    await video.play();
    await playedPast(video, 0.5);
    video.pause();
    await expect(element).to.be.accessible();
  });

  it('explains a video that cannot be played and links the MP4', async () => {
    const element = await renderPlayer('missing-video');
    await waitUntil(() => element.shadowRoot!.querySelector('[role="alert"]'), 'media error', { timeout: 8000 });
    const alert = element.shadowRoot!.querySelector('[role="alert"]')!;
    expect(alert.textContent).to.include('This video could not be played.');
    const link = alert.querySelector('a')!;
    expect(link.textContent).to.equal('Download the video (MP4)');
    expect(link.getAttribute('href')).to.equal(new URL('/test-server/status/404?video.mp4', location.href).href);
    await expect(element).to.be.accessible();
  });

  it('says which training id is unknown', async () => {
    const element = await renderPlayer('no-such-training');
    const alert = element.shadowRoot!.querySelector('[role="alert"]')!;
    expect(alert.textContent).to.include('There is no training with the id "no-such-training" in this archive.');
    await expect(element).to.be.accessible();
  });

  it('shows the advisory before play, and remembers it was dismissed', async () => {
    const element = await renderPlayer('with-advisory');
    const advisory = element.shadowRoot!.querySelector('[part="advisory"]')!;
    expect(advisory.textContent).to.include('Speakers describe restraint and seclusion they experienced.');
    expect(element.shadowRoot!.querySelector('.media')!.hasAttribute('inert')).to.equal(true);
    await expect(element).to.be.accessible();
    button(element, 'Continue to the video').click();
    await element.updateComplete;
    expect(element.shadowRoot!.querySelector('[part="advisory"]')).to.equal(null);
    expect(element.shadowRoot!.activeElement === element.shadowRoot!.querySelector('video')).to.equal(true);
    element.remove();
    const again = await renderPlayer('with-advisory');
    expect(again.shadowRoot!.querySelector('[part="advisory"]')).to.equal(null);
    expect(shadowText(again)).to.include('Speakers describe restraint'); // still stated, below the video
  });

  it('is accessible with every panel open', async () => {
    const element = await renderPlayer('tist');
    await openPanel(element, 'Transcript');
    await openPanel(element, 'Chapters');
    button(element, 'Keyboard shortcuts').click();
    button(element, 'Audio description').click();
    await element.updateComplete;
    expect(shadowText(element)).to.include('Show or hide this list');
    await expect(element).to.be.accessible();
  });

  for (const [width, height] of [[1280, 800], [1366, 768], [1440, 900], [1536, 864]]) {
    it(`fits the video and the toolbar in a ${width}×${height} window with the player's top at the top`, async () => {
      await setViewport({ width, height });
      try {
        const element = await renderPlayer('tist');
        await metadata(videoOf(element));
        window.scrollTo(0, window.scrollY + element.getBoundingClientRect().top);
        const top = element.getBoundingClientRect().top;
        const video = element.shadowRoot!.querySelector('video')!.getBoundingClientRect();
        const toolbar = element.shadowRoot!.querySelector('.toolbar')!.getBoundingClientRect();
        expect(Math.round(video.bottom - top), 'video').to.be.at.most(height);
        expect(Math.round(toolbar.bottom - top), 'toolbar').to.be.at.most(height);
        // Letterboxed, not cropped or stretched: the picture keeps its shape inside the video box.
        expect(getComputedStyle(element.shadowRoot!.querySelector('video')!).objectFit).to.equal('contain');
      } finally {
        window.scrollTo(0, 0);
        await setViewport({ width: 800, height: 600 });
      }
    });
  }

  for (const lang of ['en', 'es']) {
    it(`keeps the toolbar on one line from 768 px of player width (${lang})`, async () => {
      await setViewport({ width: 1000, height: 800 });
      try {
        const host = await fixture<HTMLDivElement>(html`<div lang=${lang} style="width: 768px; font-family: system-ui, sans-serif; line-height: 1.5"></div>`);
        const element = document.createElement('rsp-training-player');
        element.src = new URL('/test-server/file/catalog-player.json', location.href).href;
        element.training = 'tist';
        host.append(element);
        const text = lang === 'es' ? 'Controles del reproductor' : 'Player controls';
        await waitUntil(() => element.shadowRoot?.querySelector('.toolbar')?.getAttribute('aria-label') === text, 'toolbar', { timeout: 5000 });
        const toolbar = element.shadowRoot!.querySelector('.toolbar')!;
        const boxes = [...toolbar.children].map((child) => child.getBoundingClientRect());
        // On one line: one horizontal line crosses every control.
        expect(Math.max(...boxes.map((box) => box.top)), 'one line').to.be.below(Math.min(...boxes.map((box) => box.bottom)));
        // Every control is a 24 × 24 px target at least (WCAG 2.5.8) and has a name.
        for (const control of toolbar.querySelectorAll<HTMLElement>('button, select')) {
          const box = control.getBoundingClientRect();
          expect(Math.min(box.width, box.height), control.outerHTML).to.be.at.least(24);
        }
        await expect(element).to.be.accessible();
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });
  }

  it('shows no toolbar and answers no shortcut for a session without video', async () => {
    const element = await fixture<RspTrainingPlayer>(html`<rsp-training-player training="workshop"></rsp-training-player>`);
    element.catalog = {
      version: 1,
      title: 'Test archive',
      trainings: [{ id: 'workshop', title: 'Writing plans together', sessions: [{ id: 'materials', title: 'Workshop materials' }] }],
    };
    await waitForText(element, 'This session has no video.');
    expect(element.shadowRoot!.querySelector('.toolbar')?.outerHTML, 'toolbar').to.equal(undefined);
    expect(element.shadowRoot!.querySelector('#shortcuts')?.outerHTML, 'shortcuts list').to.equal(undefined);
    await expect(element).to.be.accessible();
  });

  it('shows speeds in the page language', async () => {
    const host = await fixture<HTMLDivElement>(html`<div lang="es"></div>`);
    const element = document.createElement('rsp-training-player');
    element.src = new URL('/test-server/file/catalog-player.json', location.href).href;
    element.training = 'tist';
    host.append(element);
    await waitUntil(() => element.shadowRoot?.textContent?.includes('Velocidad'), 'Spanish toolbar', { timeout: 5000 });
    expect([...select(element, 'Velocidad').options].map((option) => option.text)).to.deep.equal([
      '0,75×', '1×', '1,25×', '1,5×', '1,75×', '2×',
    ]);
  });

  it('shows the transcript in the captions language, follows the captions menu, and keeps it when captions go off', async () => {
    const element = await renderPlayer('tist');
    await openPanel(element, 'Transcript');
    const first = () => cueButtons(element, 'transcript')[0]?.querySelector('.text')!.textContent;
    expect(first()).to.equal('Welcome to module one of Trauma-Informed Stabilization Treatment.');
    const captions = select(element, 'Captions');
    choose(captions, '1');
    await waitUntil(() => first()?.startsWith('Bienvenidos'), 'Spanish transcript');
    expect(element.shadowRoot!.querySelector('#transcript .cues')!.getAttribute('lang')).to.equal('es');
    choose(captions, '-1');
    await element.updateComplete;
    expect(first()).to.match(/^Bienvenidos/);
    // Its own menu, which leaves the captions alone.
    const own = select(element, 'Transcript language');
    expect([...own.options].map((option) => option.text)).to.deep.equal(['English', 'Español']);
    choose(own, '0');
    await waitUntil(() => first()?.startsWith('Welcome'), 'English transcript');
    expect([...videoOf(element).textTracks].map((track) => track.mode)).to.deep.equal(['disabled', 'disabled']);
    await expect(element).to.be.accessible();
  });

  it('has no transcript language menu with one captions track', async () => {
    const element = await renderPlayer('tist', { session: 'module-2' });
    await openPanel(element, 'Transcript');
    expect(element.shadowRoot!.querySelector('#transcript select')?.outerHTML).to.equal(undefined);
  });

  it('reserves 16:9 for the video before it loads', async () => {
    const element = await renderPlayer('tist');
    const stage = element.shadowRoot!.querySelector('.stage')!.getBoundingClientRect();
    expect(stage.width / stage.height).to.be.closeTo(16 / 9, 0.02);
  });
});
