import { expect, waitUntil } from '@open-wc/testing';
import { button, clearStoredProgress, clickOn, renderPlayer } from './player-helpers.js';
import type { RspTrainingPlayer } from '../src/components/training-player.js';

const THIRD_PARTY = /youtube|ytimg|vimeo|vimeocdn|googlevideo/;

const thirdPartyRequests = () =>
  performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((name) => THIRD_PARTY.test(new URL(name).hostname));

/** Replaces the iframe's window with a recorder of posted messages (the real player cannot load offline). */
function recordMessages(iframe: HTMLIFrameElement) {
  const posted: [string, string][] = [];
  Object.defineProperty(iframe, 'contentWindow', {
    value: { postMessage: (message: string, origin: string) => posted.push([message, origin]) },
  });
  return posted;
}

async function openPanel(element: RspTrainingPlayer, label: string) {
  button(element, label).click();
  await waitUntil(() => element.shadowRoot!.querySelector('.cue'), `${label} cues`, { timeout: 5000 });
  return [...element.shadowRoot!.querySelectorAll<HTMLButtonElement>('.cue')];
}

describe('<rsp-training-player> YouTube and Vimeo', () => {
  beforeEach(clearStoredProgress);

  it('requests nothing from YouTube before the click, then plays from youtube-nocookie.com', async () => {
    const element = await renderPlayer('debriefing-youtube');
    const facade = element.shadowRoot!.querySelector<HTMLButtonElement>('[part="facade"]')!;
    expect(facade.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Play Webinar recording (loads YouTube)');
    expect(facade.querySelector('img')!.getAttribute('alt')).to.equal('');
    expect(element.shadowRoot!.querySelector('iframe')).to.equal(null);
    await expect(element).to.be.accessible();
    await new Promise((resolve) => setTimeout(resolve, 300)); // room for anything lazy to start
    expect(thirdPartyRequests()).to.deep.equal([]);

    await clickOn(facade);
    await element.updateComplete;
    const iframe = element.shadowRoot!.querySelector('iframe')!;
    const src = new URL(iframe.src);
    expect(src.origin + src.pathname).to.equal('https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ');
    expect(src.searchParams.get('enablejsapi')).to.equal('1');
    expect(src.searchParams.get('autoplay')).to.equal('1');
    expect(src.searchParams.get('origin')).to.equal(location.origin);
    expect(iframe.title).to.equal('YouTube video: Webinar recording');
    expect(element.shadowRoot!.activeElement === iframe).to.equal(true);
  });

  it('seeks the YouTube player from a chapter through its postMessage API', async () => {
    const element = await renderPlayer('debriefing-youtube');
    await clickOn(element.shadowRoot!.querySelector('[part="facade"]')!);
    await element.updateComplete;
    const posted = recordMessages(element.shadowRoot!.querySelector('iframe')!);
    const chapters = await openPanel(element, 'Chapters');
    chapters[1].click();
    expect(posted).to.deep.equal([
      ['{"event":"command","func":"seekTo","args":[4.233,true]}', 'https://www.youtube-nocookie.com'],
    ]);
  });

  it('starts the embed at a transcript cue chosen before playing, on Vimeo with dnt=1, and seeks it later', async () => {
    const element = await renderPlayer('peer-roles-vimeo');
    const cues = await openPanel(element, 'Transcript');
    cues[1].click();
    await element.updateComplete;
    const iframe = element.shadowRoot!.querySelector('iframe')!;
    expect(iframe.src).to.equal('https://player.vimeo.com/video/76979871?dnt=1&autoplay=1#t=2s');
    expect(iframe.title).to.equal('Vimeo video: Keynote');
    const posted = recordMessages(iframe);
    cues[2].click();
    expect(posted).to.deep.equal([['{"method":"setCurrentTime","value":5.842}', 'https://player.vimeo.com']]);
  });
});
