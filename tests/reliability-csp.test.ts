import { expect, oneEvent, waitUntil } from '@open-wc/testing';

/** The page tests/server.js serves under the strict policy, and what its watcher (csp-watch.js) records. */
const PAGE = '/test-server/csp/csp-page.html';
type Watched = Window & typeof globalThis & { cspViolations: string[]; pageErrors: string[] };

async function openPage(): Promise<{ frame: HTMLIFrameElement; win: Watched; doc: Document }> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 1000px; height: 800px; border: 0';
  const loaded = oneEvent(frame, 'load');
  frame.src = PAGE;
  document.body.append(frame);
  await loaded;
  return { frame, win: frame.contentWindow as Watched, doc: frame.contentDocument! };
}

const inShadow = <T extends Element>(host: Element | null | undefined, selector: string) =>
  host?.shadowRoot?.querySelector<T>(selector) ?? null;

describe('under a strict Content-Security-Policy with Trusted Types', () => {
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => frame?.remove());

  it('serves the test page with exactly that policy', async () => {
    const response = await fetch(PAGE);
    expect(response.headers.get('content-security-policy')).to.equal(
      "script-src 'self'; style-src 'self'; require-trusted-types-for 'script'",
    );
  });

  it('every element works — search, muted play, transcript, hls.js, handouts, archive — with no violation', async function () {
    this.timeout(40000);
    let win: Watched;
    let doc: Document;
    ({ frame, win, doc } = await openPage());

    // The list: search narrows the results.
    const list = doc.querySelector('rsp-training-list')!;
    await waitUntil(() => inShadow(list, '.card .title'), 'list rendered', { timeout: 10000 });
    const search = inShadow<HTMLInputElement>(list, 'input[type="search"]')!;
    search.value = 'sensory';
    search.dispatchEvent(new win.Event('input', { bubbles: true }));
    await (list as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    const summary = inShadow(list, '.result-summary')!.textContent!;
    expect(summary).to.match(/of [1-9]\d* trainings?/);
    expect(summary).not.to.include('of 13 trainings');

    // The player plays muted, and its transcript (WebVTT read through the browser) loads.
    const player = doc.querySelector('rsp-training-player')!;
    await waitUntil(() => inShadow(player, 'video'), 'player rendered', { timeout: 10000 });
    const video = inShadow<HTMLVideoElement>(player, 'video')!;
    video.muted = true;
    await video.play();
    await waitUntil(() => video.currentTime > 0.2, 'video plays', { timeout: 10000 });
    video.pause();
    const transcriptButton = [...player.shadowRoot!.querySelectorAll('button')].find(
      (button) => button.textContent!.trim() === 'Transcript',
    )!;
    transcriptButton.click();
    await waitUntil(() => inShadow(player, '#transcript .cue, #transcript .unavailable'), 'transcript settled', {
      timeout: 8000,
    });
    expect(inShadow(player, '#transcript .cue'), 'transcript cues').to.exist;

    // HLS through hls.js (MSE, no worker): plays too.
    const hls = doc.querySelector('#hls')!;
    await waitUntil(() => inShadow(hls, 'video'), 'hls player rendered', { timeout: 10000 });
    const stream = inShadow<HTMLVideoElement>(hls, 'video')!;
    stream.muted = true;
    await waitUntil(() => stream.readyState >= 1, 'stream metadata', { timeout: 15000 });
    expect(stream.currentSrc).to.match(/^blob:/);
    await stream.play();
    await waitUntil(() => stream.currentTime > 0.2, 'stream plays', { timeout: 10000 });
    stream.pause();

    // Handouts: a link opens (the page keeps itself from navigating away).
    const handouts = doc.querySelector('rsp-handouts')!;
    const link = inShadow<HTMLAnchorElement>(handouts, 'a')!;
    const stay = (event: Event) => event.preventDefault();
    doc.addEventListener('click', stay);
    const opened = oneEvent(handouts, 'rsp-material-open');
    link.click();
    await opened;
    doc.removeEventListener('click', stay);

    // The archive: choosing a training shows its detail view, with the (lazily loaded) player.
    const archive = doc.querySelector('rsp-archive')!;
    await waitUntil(() => inShadow(inShadow(archive, 'rsp-training-list'), '.card .title'), 'archive list', { timeout: 10000 });
    inShadow<HTMLButtonElement>(inShadow(archive, 'rsp-training-list'), '.card .title button')!.click();
    await waitUntil(() => inShadow(archive, '.detail'), 'detail shown');
    await waitUntil(() => inShadow(inShadow(archive, 'rsp-training-player'), 'video'), 'detail player', { timeout: 10000 });

    expect(win.cspViolations).to.deep.equal([]);
    expect(win.pageErrors).to.deep.equal([]);

    // The policy is live: a raw string into an HTML sink is refused where the browser has Trusted Types.
    if ('trustedTypes' in win) {
      expect(() => {
        doc.createElement('div').innerHTML = '<b>raw</b>';
      }).to.throw();
    }
  });
});
