/**
 * Audio description that speaks and waits: descriptions spoken by the browser's speech synthesis in the training's
 * language (stubbed here, to record what was said and when, and to finish when the test says), or left to the screen
 * reader; "Pause while describing" holds the video until the description ends. Both choices are remembered.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { button, clearStoredProgress, metadata, playedPast, renderPlayer, videoOf } from './player-helpers.js';

interface Said {
  text: string;
  lang: string;
  at: number;
  utterance: SpeechSynthesisUtterance;
}

/** Replaces the page's speech synthesis with one that records each utterance and ends it when told. */
function stubSpeech() {
  const said: Said[] = [];
  let video: HTMLVideoElement | undefined;
  const stub = {
    speak: (utterance: SpeechSynthesisUtterance) => said.push({ text: utterance.text, lang: utterance.lang, at: video?.currentTime ?? -1, utterance }),
    cancel: () => {},
  };
  const original = Object.getOwnPropertyDescriptor(window, 'speechSynthesis');
  Object.defineProperty(window, 'speechSynthesis', { configurable: true, get: () => stub });
  return {
    said,
    watch: (element: HTMLVideoElement) => (video = element),
    finish: (index: number) => said[index].utterance.dispatchEvent(new Event('end')),
    restore: () => (original ? Object.defineProperty(window, 'speechSynthesis', original) : delete (window as { speechSynthesis?: unknown }).speechSynthesis),
  };
}

const checkbox = (element: Element, label: RegExp) =>
  [...element.shadowRoot!.querySelectorAll('label')].find((each) => label.test(each.textContent!))!.querySelector('input')!;

describe('<rsp-training-player> audio description that speaks and waits', () => {
  let speech: ReturnType<typeof stubSpeech>;
  beforeEach(() => {
    clearStoredProgress();
    localStorage.removeItem('rsp-archive:describe'); // the viewer's choices, remembered across tests otherwise
    speech = stubSpeech();
  });
  afterEach(() => speech.restore());

  /** The TIST player, its video watched by the speech stub, with audio description turned on. */
  async function describing() {
    const element = await renderPlayer('tist');
    const video = videoOf(element);
    speech.watch(video);
    await metadata(video);
    button(element, 'Audio description').click();
    await element.updateComplete;
    return { element, video };
  }

  it('speaks each description in the training language when chosen, and the live region stays quiet', async function () {
    this.timeout(20000);
    const { element, video } = await describing();
    const speak = checkbox(element, /Speak descriptions aloud/);
    expect(speak.checked).to.equal(false);
    speak.click();
    await element.updateComplete;
    video.currentTime = 4.5;
    await waitUntil(() => speech.said.length === 1, 'the description is spoken');
    expect(speech.said[0].text).to.equal('The title card stays on screen while the narrator speaks; nothing else moves.');
    expect(speech.said[0].lang).to.equal('en');
    expect(element.shadowRoot!.querySelector('.live[aria-live="polite"]')!.textContent).to.equal('');
    await expect(element).to.be.accessible();

    // Remembered: another player on another visit speaks too.
    element.remove();
    const again = await renderPlayer('tist');
    button(again, 'Audio description').click();
    await again.updateComplete;
    expect(checkbox(again, /Speak descriptions aloud/).checked).to.equal(true);
  });

  it('"Pause the video while a description is read" holds the video until the spoken description ends', async function () {
    this.timeout(20000);
    const { element, video } = await describing();
    checkbox(element, /Pause the video while/).click();
    checkbox(element, /Speak descriptions aloud/).click();
    await element.updateComplete;
    // The description already current (the title card, from 0:00) is spoken as soon as speaking is turned on.
    expect(speech.said.map((each) => each.text)).to.deep.equal([
      'A deep blue title card reads: Safety and stabilization, TIST, Module 1. Small letters at the top say RSP Training Archive.',
    ]);
    speech.finish(0);
    await video.play();
    await waitUntil(() => speech.said.length === 2, 'the description of 0:04 is spoken', { timeout: 8000 });
    expect(speech.said[1].at).to.be.within(4.2, 4.8);
    await waitUntil(() => video.paused, 'the video waits for it');
    const held = video.currentTime;
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(video.paused, 'still waiting: the description has not ended').to.equal(true);
    expect(video.currentTime).to.equal(held);
    speech.finish(1);
    await waitUntil(() => !video.paused, 'it plays on when the description ends');
    await playedPast(video, held + 0.3);
    video.pause();
  });

  it('left to the screen reader (the default), descriptions go to the polite live region', async () => {
    const element = await renderPlayer('tist');
    const video = videoOf(element);
    await metadata(video);
    button(element, 'Audio description').click();
    await element.updateComplete;
    video.currentTime = 4.5;
    const live = element.shadowRoot!.querySelector('.live[aria-live="polite"]')!;
    await waitUntil(() => live.textContent!.includes('The title card stays on screen'), 'description in the live region');
    expect(speech.said).to.deep.equal([]);
  });
});
