import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { clearCatalogStores } from '../src/catalog/store.js';
import '../src/components/handouts.js';
import type { RspHandouts } from '../src/components/handouts.js';
import { catalogShown, served, shadowText } from './helpers.js';

const pdf = 'application/pdf';
/** A training with training-level slides, two modules with handouts, a Spanish worksheet and a file elsewhere. */
const catalog = () => ({
  version: 1,
  title: 'Test archive',
  trainings: [
    {
      id: 'tist',
      title: 'Trauma-Informed Stabilization Treatment (TIST)',
      sessions: [
        { id: 'module-1', title: 'Module 1: Overview', materials: [
          { kind: 'handout', title: 'Module 1 handout', href: 'files/tist-1.pdf', type: pdf, bytes: 1234567, pages: 14, tagged: true },
          { kind: 'worksheet', title: 'Hoja de trabajo', href: 'files/hoja.pdf', type: pdf, bytes: 45000, pages: 1, lang: 'es' },
        ] },
        { id: 'module-2', title: 'Module 2: Co-regulation', materials: [
          { kind: 'resource', title: 'Reading list', href: 'https://files.example.org/reading.docx',
            type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', bytes: 512 },
        ] },
        { id: 'module-3', title: 'Module 3: Practice' },
      ],
      materials: [{ kind: 'slides', title: 'Course slides', href: 'files/slides.pdf', type: pdf, bytes: 2345678, pages: 60 }],
    },
    { id: 'bare', title: 'A webinar without materials', sessions: [{ id: 'webinar', title: 'Webinar' }] },
  ],
});

async function handouts(attributes: string, data: unknown = catalog()) {
  const container = await fixture<HTMLDivElement>(html`<div></div>`);
  container.innerHTML = `<rsp-handouts ${attributes}></rsp-handouts>`;
  const element = container.querySelector('rsp-handouts')!;
  element.catalog = data;
  await catalogShown(element);
  return element;
}

const links = (element: RspHandouts) => [...element.shadowRoot!.querySelectorAll('a')];
/** What a screen reader announces for each link: its text, the icon being hidden. */
const names = (element: RspHandouts) => links(element).map((link) => link.textContent!.replace(/\s+/g, ' ').trim());
const headings = (element: RspHandouts) =>
  [...element.shadowRoot!.querySelectorAll('[role="heading"]')].map((heading) => heading.textContent!.trim());

describe('<rsp-handouts>', () => {
  afterEach(() => clearCatalogStores());

  it('names each link with title, type, size and pages, and the language when it differs', async () => {
    const element = await handouts('training="tist"');
    expect(names(element)).to.deep.equal([
      'Course slides (PDF, 2.3 MB, 60 pages)',
      'Module 1 handout (PDF, 1.2 MB, 14 pages)',
      'Hoja de trabajo (PDF, 45 kB, 1 page, Spanish)',
      'Reading list (Word, 512 bytes) (opens in a new tab)',
    ]);
    expect(links(element)[2].getAttribute('hreflang')).to.equal('es');
    for (const icon of element.shadowRoot!.querySelectorAll('svg')) expect(icon.getAttribute('aria-hidden')).to.equal('true');
    await expect(element).to.be.accessible();
  });

  it('groups training materials first, then each session with materials, under headings', async () => {
    const element = await handouts('training="tist" heading-level="4"');
    expect(headings(element)).to.deep.equal(['For the whole training', 'Module 1: Overview', 'Module 2: Co-regulation']);
    expect(element.shadowRoot!.querySelector('[role="heading"]')!.getAttribute('aria-level')).to.equal('4');
    const section = element.shadowRoot!.querySelector('section')!;
    expect(section.getAttribute('aria-label')).to.equal('Materials: Trauma-Informed Stabilization Treatment (TIST)');
  });

  it('shows one session (by id or number) with the training materials', async () => {
    const byId = await handouts('training="tist" session="module-2"');
    expect(names(byId)).to.deep.equal(['Course slides (PDF, 2.3 MB, 60 pages)', 'Reading list (Word, 512 bytes) (opens in a new tab)']);
    const byNumber = await handouts('training="tist" session="2"');
    expect(names(byNumber)).to.deep.equal(names(byId));
  });

  it('filters by kinds', async () => {
    const element = await handouts('training="tist" kinds="handout, worksheet"');
    expect(names(element).map((name) => name.split(' (')[0])).to.deep.equal(['Module 1 handout', 'Hoja de trabajo']);
    // One group left, but it is one module of several: its heading still says which.
    expect(headings(element)).to.deep.equal(['Module 1: Overview']);
    const slidesOnly = await handouts('training="tist" kinds="slides"');
    expect(headings(slidesOnly)).to.deep.equal([]);
  });

  it('marks accessible (tagged) PDFs', async () => {
    const element = await handouts('training="tist"');
    const marks = [...element.shadowRoot!.querySelectorAll('.tagged')].map((mark) => mark.closest('li')!.querySelector('a')!.textContent!.trim());
    expect(marks).to.have.length(1);
    expect(marks[0]).to.match(/^Module 1 handout/);
    expect(shadowText(element)).to.include('Accessible PDF');
  });

  it('downloads files from the page\'s own site and opens other sites\' files in a new tab', async () => {
    const element = await handouts('training="tist"');
    const [slides, , , reading] = links(element);
    expect(slides.hasAttribute('download')).to.equal(true);
    expect(slides.hasAttribute('target')).to.equal(false);
    expect(slides.href).to.equal(new URL('files/slides.pdf', document.baseURI).href);
    expect(reading.hasAttribute('download')).to.equal(false);
    expect(reading.getAttribute('target')).to.equal('_blank');
    expect(reading.getAttribute('rel')).to.equal('noopener');
  });

  it('fires rsp-material-open with the training, session and material', async () => {
    const element = await handouts('training="tist"');
    const stay = (event: Event) => event.preventDefault();
    document.addEventListener('click', stay);
    try {
      const opened = oneEvent(element, 'rsp-material-open');
      links(element)[1].click();
      const { detail } = await opened;
      expect(detail.trainingId).to.equal('tist');
      expect(detail.sessionId).to.equal('module-1');
      expect(detail.material.title).to.equal('Module 1 handout');
      const training = oneEvent(element, 'rsp-material-open');
      links(element)[0].click();
      expect((await training).detail.sessionId).to.equal(undefined);
    } finally {
      document.removeEventListener('click', stay);
    }
  });

  it('says when a training has no materials, or the kinds filter leaves none', async () => {
    const bare = await handouts('training="bare"');
    expect(shadowText(bare)).to.equal('There are no materials for this training yet.');
    await expect(bare).to.be.accessible();
    const none = await handouts('training="tist" kinds="certificate"');
    expect(shadowText(none)).to.equal('There are no materials for this training yet.');
  });

  it('says when the training id is unknown', async () => {
    const element = await handouts('training="nope"');
    expect(shadowText(element)).to.include('There is no training with the id "nope"');
  });

  it('formats sizes in the element\'s language', async () => {
    const element = await handouts('training="tist" lang="de"');
    expect(names(element)[1]).to.include('1,2 MB');
  });

  it('names file types and sizes in Spanish on a Spanish page', async () => {
    const materials = [
      { kind: 'slides', title: 'Diapositivas', href: 'files/slides.pdf', type: pdf, bytes: 2345678, pages: 60 },
      { kind: 'transcript', title: 'Transcripción', href: 'files/t.txt', type: 'text/plain', bytes: 250 },
      { kind: 'resource', title: 'Sitio', href: 'files/page.html', type: 'text/html', bytes: 1500 },
    ];
    const data = { version: 1, title: 'Archivo', trainings: [{ id: 'tist', title: 'TIST', sessions: [{ id: 'm1', title: 'Módulo 1' }], materials }] };
    const element = await handouts('training="tist" lang="es"', data);
    await waitUntil(() => shadowText(element).includes('páginas'), 'Spanish dictionary');
    expect(names(element)).to.deep.equal([
      'Diapositivas (PDF, 2,3 MB, 60 páginas)',
      'Transcripción (Texto, 250 bytes)',
      'Sitio (Página web, 1,5 kB)',
    ]);
    await expect(element).to.be.accessible();
  });

  it('loads its own catalog with src and resolves files against it', async () => {
    const element = await fixture<RspHandouts>(html`<rsp-handouts src=${served('catalog-good.json')} training="tist" session="module-1"></rsp-handouts>`);
    await oneEvent(element, 'rsp-catalog-load');
    await element.updateComplete;
    expect(links(element)[1].href).to.equal(new URL('/test-server/file/files/tist-1.pdf', location.href).href);
    expect(names(element)[1]).to.equal('Module 1 handout (PDF, 1.2 MB, 14 pages)');
  });
});
