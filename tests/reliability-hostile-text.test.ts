import { catalogShown } from './helpers.js';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../src/components/archive.js';
import '../src/components/handouts.js';
import '../src/components/training-list.js';
import '../src/components/training-player.js';
import type { RspArchive } from '../src/components/archive.js';
import type { RspHandouts } from '../src/components/handouts.js';
import type { RspTrainingList } from '../src/components/training-list.js';
import type { RspTrainingPlayer } from '../src/components/training-player.js';
import { closeBidi } from '../src/catalog/bidi.js';
import { domProblems, PWNED } from './fuzz.js';

const LONG_WORD = 'W'.repeat(10_000);
const TITLES = {
  injection: `<img src=x onerror="window.${PWNED}=1"> <script>window.${PWNED}=1</script> " onmouseover="window.${PWNED}=1`,
  bidi: '\u202Efdp.exe — a spoofed name',
  long: LONG_WORD,
  emoji: '👩🏽‍⚕️🧠 Emoji safety 🏳️‍🌈 🇺🇸',
  invisible: 'zero\u200Bwidth\u200C\u200D\uFEFF joiners, a nul\u0000 and a \u0007bell',
};

const video = {
  sources: [{ src: '/demo/source/media/tist-1.mp4', type: 'video/mp4' }],
  captions: [{ src: '/demo/source/media/tist-1.en.vtt', lang: 'en', label: 'English' }],
};

/** One training per kind of hostile text, each with the same text in every field it can go. */
function hostileCatalog() {
  return {
    version: 1,
    title: TITLES.injection,
    topics: [{ id: 'bidi', label: '\u202Ereversed topic' }, { id: 'long', label: `Long ${LONG_WORD.slice(0, 300)}` }],
    trainings: Object.entries(TITLES).map(([id, title]) => ({
      id,
      title,
      subtitle: title,
      summary: id === 'long' ? 'many words '.repeat(1000) : title,
      description: id === 'long' ? `${LONG_WORD}\n\n${'a paragraph '.repeat(500)}` : title,
      presenters: [
        { name: id === 'long' ? 'N'.repeat(500) : title, credentials: title, affiliation: title },
        { name: 'Dana Doyle', credentials: 'RN' },
      ],
      date: '2021-03-04',
      format: 'live-online',
      topics: [id === 'bidi' || id === 'long' ? id : 'safety'],
      advisory: id === 'invisible' ? title : undefined,
      credits: [{ type: id === 'long' ? LONG_WORD.slice(0, 200) : title, hours: 2 }],
      sessions: [
        { id: 'one', title, duration: 'PT11S', video, materials: [{ kind: 'handout', title, href: '/demo/source/files/x.pdf', type: 'application/pdf', bytes: 1_200_000, pages: 3 }] },
        { id: 'two', title: `${title} (2)`, video },
      ],
      materials: [{ kind: 'slides', title, href: 'https://slides.example.org/deck.pptx', bytes: 52_000 }],
    })),
  };
}

describe('hostile text in the catalog', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  for (const width of [320, 1280]) {
    it(`is rendered as text, with no element overflowing, at ${width} px`, async function () {
      this.timeout(20000);
      await setViewport({ width, height: 800 });
      const catalog = hostileCatalog();
      const page = await fixture<HTMLElement>(html`<div>
        <rsp-training-list .catalog=${catalog} page-size="12"></rsp-training-list>
        <rsp-training-player .catalog=${catalog} training="long"></rsp-training-player>
        <rsp-handouts .catalog=${catalog} training="long"></rsp-handouts>
        <rsp-handouts .catalog=${catalog} training="bidi" class="bidi"></rsp-handouts>
        <rsp-archive .catalog=${catalog} routing="none"></rsp-archive>
      </div>`);
      const list = page.querySelector<RspTrainingList>('rsp-training-list')!;
      const player = page.querySelector<RspTrainingPlayer>('rsp-training-player')!;
      const archive = page.querySelector<RspArchive>('rsp-archive')!;
      const handouts = [...page.querySelectorAll<RspHandouts>('rsp-handouts')];
      await Promise.all([list, player, archive, ...handouts].map((element) => catalogShown(element)));

      // Every title, exactly as written (NUL, joiners and all), as the text of its card.
      const titles = [...list.shadowRoot!.querySelectorAll('.card .title')].map((title) => title.textContent!);
      for (const title of Object.values(TITLES)) expect(titles.some((text) => text.includes(title)), JSON.stringify(title.slice(0, 40))).to.equal(true);
      expect(player.shadowRoot!.querySelector('.header .title')!.textContent).to.include(LONG_WORD);
      expect(handouts[0].shadowRoot!.querySelector('a')!.textContent).to.include(LONG_WORD);

      // The archive's detail view of the 10,000-character title.
      const archiveList = archive.shadowRoot!.querySelector<RspTrainingList>('rsp-training-list')!;
      await archiveList.updateComplete;
      const card = [...archiveList.shadowRoot!.querySelectorAll<HTMLElement>('.card .title button')].find((button) =>
        button.textContent!.includes(LONG_WORD),
      )!;
      card.click();
      await waitUntil(() => archive.shadowRoot!.querySelector('.detail rsp-training-player')?.shadowRoot?.querySelector('video'), 'detail');
      expect(archive.shadowRoot!.querySelector('.detail .view-heading')!.textContent).to.include(LONG_WORD);

      await new Promise((resolve) => requestAnimationFrame(resolve));
      for (const element of [list, player, ...handouts, archive]) {
        expect(domProblems(element).join('\n'), element.localName).to.equal('');
        expect(element.scrollWidth, `${element.localName} overflows`).to.be.at.most(element.clientWidth + 1);
      }
      expect(document.documentElement.scrollWidth, 'page overflows').to.be.at.most(window.innerWidth);
    });
  }

  it('keeps a right-to-left override inside its own text: the file details after a title stay in order', async () => {
    const catalog = hostileCatalog();
    const handouts = await fixture<RspHandouts>(html`<rsp-handouts .catalog=${catalog} training="bidi"></rsp-handouts>`);
    const link = [...handouts.shadowRoot!.querySelectorAll('a')].find((each) => each.textContent!.includes('PDF'))!;
    const details = link.querySelector('[part="details"]')!;
    const titleText = [...link.querySelectorAll('*')].flatMap((each) => [...each.childNodes]).find(
      (node) => node.nodeType === Node.TEXT_NODE && node.textContent!.includes('\u202E'),
    )!;
    const range = document.createRange();
    range.selectNodeContents(titleText);
    // Left to right: the details "(PDF, 1.2 MB, 3 pages)" start after the title ends, not mirrored before it.
    expect(details.getBoundingClientRect().left).to.be.at.least(range.getBoundingClientRect().right - 1);
    expect(details.textContent).to.equal(' (PDF, 1.2 MB, 3 pages)');
  });

  it('closes what a text field leaves open, and leaves balanced text alone', () => {
    expect(closeBidi('plain text')).to.equal('plain text');
    expect(closeBidi('\u202Efdp.exe')).to.equal('\u202Efdp.exe\u202C');
    expect(closeBidi('\u2067\u202Ba')).to.equal('\u2067\u202Ba\u202C\u2069');
    expect(closeBidi('\u202Eab\u202C \u2066c\u2069')).to.equal('\u202Eab\u202C \u2066c\u2069');
    expect(closeBidi('\u2066\u202Ex\u2069')).to.equal('\u2066\u202Ex\u2069'); // PDI closes the override inside
    expect(closeBidi('\u202C\u2069stray closers')).to.equal('\u202C\u2069stray closers');
  });
});
