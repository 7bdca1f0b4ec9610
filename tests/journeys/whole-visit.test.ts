/**
 * A whole visit by pointer, on the demo archive as a host page shows it: find a training (a word, a joined word, a
 * slip, a facet), open it, watch with captions, seek from the transcript, go to the next session, reload and
 * resume, watch to the end — and the host page's LMS listener hears exactly one completion. A deep link that is
 * never played leaves no record. Each step names the defect of issue 14 it stands for.
 */
import { expect, waitUntil } from '@open-wc/testing';
import {
  accessibleName,
  allByRole,
  byRole,
  deepAll,
  findByRole,
  keepTestPageAddress,
  PATIENCE,
  playUntil,
  seekable,
  step,
  Visit,
} from './harness.js';

const TIST = 'Trauma-Informed Stabilization Treatment (TIST)';
const found = /^\d+ trainings? found$/;

/** The session line of the player: "Session 2 of 4: Module 2: …". */
const sessionLine = (player: Element) => (player.shadowRoot!.querySelector('.session')?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Whether some captions track is showing. */
const captionsShowing = (video: HTMLVideoElement) => [...video.textTracks].some((track) => track.mode === 'showing');

describe('journey: a whole visit by pointer', () => {
  keepTestPageAddress();
  let visit: Visit | undefined;
  afterEach(() => visit?.close());

  it('finds, watches, moves on, resumes after a reload and completes a session; the LMS hears one completion', async function () {
    this.timeout(120000);
    visit = await Visit.open();
    const v = visit;
    const search = (await findByRole(v.doc, 'searchbox', 'Search trainings')) as HTMLInputElement;
    const top = search.getBoundingClientRect().top;

    const typed = async (text: string) => {
      await v.clearField(search);
      const mark = v.said.mark();
      await v.click(search);
      await v.type(search, text);
      return mark;
    };

    await step('a word finds the training and the count is announced', undefined, async () => {
      const mark = await typed('stabilization');
      await waitUntil(() => v.cardTitles().includes(TIST), `"${TIST}" listed`, PATIENCE);
      await v.said.waitFor(found, mark);
    });

    await step('the announcement is not shown on screen and typing does not move the search box', 6, async () => {
      const visible = v.said.heard.filter((each) => each.visible).map((each) => each.text);
      expect(visible, 'announcements a sighted person sees').to.deep.equal([]);
      expect(search.getBoundingClientRect().top).to.be.closeTo(top, 1);
    });

    await step('a word typed without its hyphen ("deescalation") finds "De-escalation"', 4, async () => {
      await typed('deescalation');
      await waitUntil(() => v.cardTitles().some((title) => /De-escalation/.test(title)), 'a De-escalation training listed', PATIENCE);
    });

    await step('a word nothing matches offers "Did you mean …?", and taking it finds trainings', 4, async () => {
      await typed('pear');
      const suggestion = await findByRole(v.doc, 'button', /did you mean/i).catch(() => findByRole(v.doc, 'link', /did you mean/i));
      expect(accessibleName(suggestion)).to.match(/peer/i);
      await v.click(suggestion);
      await waitUntil(() => v.cardTitles().some((title) => /Peer/.test(title)), 'peer trainings listed', PATIENCE);
    });

    await step('a one-letter slip in a long word ("stabilzation") still finds the training, first', 4, async () => {
      await typed('stabilzation');
      await waitUntil(() => v.cardTitles()[0] === TIST, `"${TIST}" first; shown: ${v.cardTitles()}`, PATIENCE);
    });

    await step('ticking a facet keeps the training and is announced', undefined, async () => {
      // The exact search again, so this step stands on its own.
      await typed('stabilization');
      await waitUntil(() => v.cardTitles().includes(TIST), 'listed', PATIENCE);
      const mark = v.said.mark();
      // The filters may sit in a closed disclosure (to keep Tab stops few): open it as a person would.
      if (!allByRole(v.doc, 'checkbox', /^Clinicians/).length) await v.click(byRole(v.doc, 'button', /^Filter/));
      const clinicians = (await findByRole(v.doc, 'checkbox', /^Clinicians/)) as HTMLInputElement;
      await v.click(clinicians);
      await waitUntil(() => clinicians.checked, 'ticked', PATIENCE);
      await v.said.waitFor(found, mark);
      expect(v.cardTitles()).to.include(TIST);
    });

    await step('the whole card is a target: a click on its summary opens the training', 9, async () => {
      const card = deepAll(v.doc, '.card').find((each) => each.textContent!.includes(TIST))!;
      const teaser = card.querySelector('.teaser, p:last-of-type')!;
      // The card's link stretches over the whole card, so the click lands on the link, inside the card.
      await v.click(teaser, [0.5, 0.5], card);
      await waitUntil(() => v.hash === '#rsp/tist', `opened; address is ${v.hash}`, PATIENCE);
    }, () => v.click(byRole(v.doc, 'link', TIST)));

    await step('the detail view has the training heading, with focus, and it is announced', undefined, async () => {
      await findByRole(v.doc, 'heading', TIST);
      await waitUntil(() => v.focusedName() === TIST, `focus on the heading, not ${v.focusedName()}`, PATIENCE);
      await v.said.waitFor(/training details/);
    });

    const player = await v.player();
    let video = await v.video();
    await seekable(video);

    await step('the video and its toolbar fit in a 1280×800 window with the player at the top; the toolbar is one line', 7, async () => {
      player.scrollIntoView({ block: 'start' });
      const toolbar = player.shadowRoot!.querySelector('[role="toolbar"]')!;
      expect(video.getBoundingClientRect().bottom, 'video bottom').to.be.at.most(v.win.innerHeight);
      expect(toolbar.getBoundingClientRect().bottom, 'toolbar bottom').to.be.at.most(v.win.innerHeight);
      const [first, ...rest] = [...toolbar.children].map((each) => each.getBoundingClientRect());
      const wrapped = rest.filter((box) => box.top >= first.bottom);
      expect(wrapped.length, 'toolbar items on a second line').to.equal(0);
    });

    await step('playing by a click on the video, captions on, a caption is shown', undefined, async () => {
      expect(captionsShowing(video), 'captions on').to.equal(true);
      video.playbackRate = 2; // the demo clips are 10 s; a person at 2× (the toolbar's top speed)
      await v.click(video, [0.5, 0.4]);
      await waitUntil(() => !video.paused, 'playing', PATIENCE);
      const track = [...video.textTracks].find((each) => each.mode === 'showing')!;
      await waitUntil(() => (track.activeCues?.length ?? 0) > 0, 'a caption on screen', PATIENCE);
      expect(v.lms.of('rsp-play')).to.have.length.of.at.least(1);
      video.pause();
    });

    await step('a click on a transcript line seeks there and marks it current', undefined, async () => {
      await v.click(byRole(player.shadowRoot!, 'button', 'Transcript'));
      await waitUntil(() => deepAll(player.shadowRoot!, '#transcript .cues button').length > 0, 'transcript lines', PATIENCE);
      const cues = deepAll(player.shadowRoot!, '#transcript .cues button') as HTMLElement[];
      const line = cues[Math.min(2, cues.length - 1)];
      const [minutes, seconds] = line.querySelector('.time')!.textContent!.trim().split(':').map(Number);
      const start = minutes * 60 + seconds;
      await v.click(line);
      await waitUntil(() => video.currentTime >= start && video.currentTime < start + 1, `seeked to ${start}, at ${video.currentTime}`, PATIENCE);
      await waitUntil(() => line.getAttribute('aria-current') === 'time', 'the clicked line is current', PATIENCE);
    });

    await step('Next session plays session 2 and the address follows', 3, async () => {
      await v.click(byRole(player.shadowRoot!, 'button', 'Next session'));
      await waitUntil(() => sessionLine(player).startsWith('Session 2 of 4'), 'session 2 shown', PATIENCE);
      await waitUntil(() => v.hash === '#rsp/tist/module-2', `address is ${v.hash}`, PATIENCE);
    });

    await step('watching part of session 2, then reloading, offers "Resume at" that works', 3, async () => {
      video = await v.video();
      await seekable(video);
      await playUntil(video, () => video.currentTime >= 6, 'played to 0:06');
      await v.reload();
      const again = await v.player();
      await waitUntil(() => sessionLine(again).startsWith('Session 2 of 4'), `session 2 after the reload: ${sessionLine(again)}`, PATIENCE);
      const resume = await findByRole(again.shadowRoot!, 'button', /^Resume at 0:0[5-7]$/);
      video = await v.video();
      await seekable(video);
      await v.click(resume);
      await waitUntil(() => video.currentTime >= 5.5, `resumed, at ${video.currentTime}`, PATIENCE);
    });

    await step('watching to the end: the LMS hears exactly one completion, of session 2, and none of the training', 1, async () => {
      await playUntil(video, () => video.ended, 'played to the end');
      await waitUntil(() => v.lms.completions().length > 0, 'a completion', PATIENCE);
      expect(v.lms.completions()).to.deep.equal(['session:tist/module-2']);
    });
  });

  it('completes a two-session training once: each session, then the training, heard once each', async function () {
    this.timeout(90000);
    visit = await Visit.open('#rsp/leadership-institute');
    const v = visit;
    const player = await v.player();
    for (const [index, id] of ['day-1', 'day-2'].entries()) {
      const video = await v.video();
      await seekable(video);
      await playUntil(video, () => video.ended, `${id} played to the end`);
      await waitUntil(() => v.lms.completions().includes(`session:leadership-institute/${id}`), `${id} complete`, PATIENCE);
      if (index === 0) {
        expect(v.lms.completions()).to.deep.equal(['session:leadership-institute/day-1']);
        await v.click(byRole(player.shadowRoot!, 'button', 'Next session'));
        await waitUntil(() => sessionLine(player).startsWith('Session 2 of 2'), 'day 2 shown', PATIENCE);
      }
    }
    expect(v.lms.completions()).to.deep.equal([
      'session:leadership-institute/day-1',
      'session:leadership-institute/day-2',
      'training:leadership-institute',
    ]);
    // Watching the end again reports nothing more.
    const video = await v.video();
    video.currentTime = video.duration - 1;
    await playUntil(video, () => video.ended, 'the end again');
    expect(v.lms.of('rsp-complete')).to.have.length(3);
    await v.click(byRole(v.archive.shadowRoot!, 'link', /Back to all trainings/));
    await waitUntil(() => v.badges()['Leading Toward Fewer Restraints: Leadership Institute'] === 'Completed', 'badge', PATIENCE);
  });

  it('a deep link that is never played leaves no record; one that plays only the last second completes nothing', async function () {
    this.timeout(90000);
    const nurses = 'Trauma-Informed Care for Nurses';
    visit = await Visit.open('#rsp/trauma-informed-care-for-nurses?t=6');
    let v = visit;
    let video = await v.video();
    await seekable(video);
    await waitUntil(() => Math.abs(video.currentTime - 6) < 0.5, `started at 0:06, at ${video.currentTime}`, PATIENCE);

    await step('leaving without playing: no badge on the card', 1, async () => {
      await v.click(byRole(v.archive.shadowRoot!, 'link', /Back to all trainings/));
      await waitUntil(() => v.cardTitles().includes(nurses), 'list shown', PATIENCE);
      expect(v.badges()[nurses], 'badge').to.equal(undefined);
    });

    await step('coming back: no "Resume at" offer', 1, async () => {
      await v.click(byRole(v.doc, 'link', nurses));
      await v.player();
      video = await v.video();
      await seekable(video);
      const player = await v.player();
      await player.updateComplete;
      expect(allByRole(player.shadowRoot!, 'button', /^Resume at/)).to.have.length(0);
      expect(v.lms.heard, 'events heard').to.deep.equal([]);
    });

    v.close();
    visit = v = await Visit.open('#rsp/using-data-to-inform-practice?t=9');
    video = await v.video();
    await seekable(video);
    await waitUntil(() => video.currentTime >= 8.5, 'started at 0:09', PATIENCE);
    await step('playing only the last second of a session completes nothing', 1, async () => {
      await playUntil(video, () => video.ended, 'the last second played', 1);
      await waitUntil(() => v.lms.of('rsp-play').length > 0, 'rsp-play heard', PATIENCE);
      expect(v.lms.completions()).to.deep.equal([]);
    });
  });
  it('a Spanish viewer: search, captions, transcript, speeds, shortcuts and materials all in Spanish', async function () {
    this.timeout(60000);
    visit = await Visit.open('', { lang: 'es' });
    const v = visit;
    const search = (await findByRole(v.doc, 'searchbox', 'Buscar capacitaciones')) as HTMLInputElement;

    await step('a search is announced in Spanish', undefined, async () => {
      const mark = v.said.mark();
      await v.click(search);
      await v.type(search, 'stabilization');
      await v.said.waitFor(/^Se encontr(ó|aron) \d+ capacitaci(ón|ones)$/, mark);
      await v.click(byRole(v.doc, 'link', TIST));
    });

    const player = await v.player();
    const video = await v.video();
    await seekable(video);
    const spanish = [...video.textTracks].find((track) => track.language === 'es');

    await step('Spanish captions are on', undefined, async () => {
      expect(spanish?.mode, 'Spanish track').to.equal('showing');
      await waitUntil(() => (spanish!.cues?.length ?? 0) > 0, 'Spanish cues loaded', PATIENCE);
    });

    await step('the transcript follows the Spanish captions', 8, async () => {
      await v.click(byRole(player.shadowRoot!, 'button', 'Transcripción'));
      await waitUntil(() => deepAll(player.shadowRoot!, '#transcript .cues button').length > 0, 'transcript lines', PATIENCE);
      const plain = (text: string) => text.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').trim();
      const lines = deepAll(player.shadowRoot!, '#transcript .cues .text').map((line) => plain(line.textContent!));
      const cues = [...spanish!.cues!].map((cue) => plain((cue as VTTCue).text));
      expect(lines, 'transcript lines').to.deep.equal(cues);
    });

    await step('speeds are written the Spanish way (0,75×) and the shortcuts list says "Espacio", not "Space"', 8, async () => {
      const speeds = deepAll(player.shadowRoot!, 'select option').map((option) => option.textContent!.trim()).filter((text) => /×$/.test(text));
      expect(speeds).to.include('0,75×');
      const keys = deepAll(player.shadowRoot!, '#shortcuts kbd').map((key) => key.textContent!.trim());
      expect(keys).to.not.include('Space');
    });

    await step('materials describe their files in Spanish', 8, async () => {
      const handouts = deepAll(v.doc, 'rsp-handouts')[0];
      await waitUntil(() => handouts?.shadowRoot?.querySelector('a'), 'materials listed', PATIENCE);
      const text = (handouts.shadowRoot!.textContent ?? '').replace(/\s+/g, ' ');
      expect(text).to.not.match(/\bText\b/);
    });
  });
});
