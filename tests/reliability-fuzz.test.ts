import { catalogShown } from './helpers.js';
import { expect, html } from '@open-wc/testing';
import { render } from 'lit';
import fc from 'fast-check';
import { closeBidi } from '../src/catalog/bidi.js';
import { CatalogError } from '../src/catalog/errors.js';
import { checkCatalog, readCatalog, type LoadedCatalog } from '../src/catalog/load.js';
import type { Catalog } from '../src/catalog/normalize.js';
import '../src/components/archive.js';
import '../src/components/catalog.js';
import '../src/components/handouts.js';
import '../src/components/training-list.js';
import '../src/components/training-player.js';
import type { RspArchive } from '../src/components/archive.js';
import type { RspCatalog } from '../src/components/catalog.js';
import type { RspHandouts } from '../src/components/handouts.js';
import type { RspTrainingList } from '../src/components/training-list.js';
import type { RspTrainingPlayer } from '../src/components/training-player.js';
import { domProblems, hostileText, mutate, mutation, SEED, validCatalog, type Json } from './fuzz.js';

// Runs per property; 1,450 in all. The seed is fixed (SEED), so every run of `npm test` tries the same cases.
const RUNS = { valid: 300, mutated: 300, randomJson: 300, randomText: 200, elementsValid: 200, elementsMutated: 150 };

const BASE = 'https://dmh.example.org/rsp/catalog.json';
const URL_KEYS = new Set(['src', 'href', 'poster', 'chapters', 'descriptions', 'transcript', 'url']);

/** Every URL field of a normalised catalog that is not an absolute http(s) URL. */
function unsafeLinks(value: unknown, path = 'catalog', found: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((item, index) => unsafeLinks(item, `${path}[${index}]`, found));
  else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (URL_KEYS.has(key) && typeof item === 'string' && !/^https?:\/\/[^\s]+$/.test(item)) found.push(`${path}.${key}: ${item}`);
      else unsafeLinks(item, `${path}.${key}`, found);
    }
  }
  return found;
}

/** The loader's answer, or the CatalogError it threw; anything else thrown fails the property. */
function attempt(read: () => LoadedCatalog): LoadedCatalog | CatalogError {
  try {
    return read();
  } catch (error) {
    if (error instanceof CatalogError) return error;
    throw error;
  }
}

const options = (numRuns: number) => ({ seed: SEED, numRuns, includeErrorInReport: true });

describe('fuzzing the loader (fast-check, seeded)', () => {
  it('reads every generated valid catalog whole: every training, in order, only http(s) links', () => {
    fc.assert(
      fc.property(validCatalog, (input) => {
        const { catalog } = checkCatalog(input, BASE);
        expect(catalog.trainings.map((training) => training.id)).to.deep.equal(input.trainings.map((training) => training.id));
        // Titles as written, with any bidi control they leave open closed (see src/catalog/bidi.ts).
        const titles = input.trainings.map((training) => closeBidi(training.title));
        expect(catalog.trainings.map((training) => training.title)).to.deep.equal(titles);
        expect(unsafeLinks(catalog)).to.deep.equal([]);
        // Through the text path too (JSON.stringify escapes lone surrogates, so the text is valid JSON).
        const again = readCatalog(JSON.stringify(input), BASE).catalog;
        expect(again.trainings.map((training) => training.title)).to.deep.equal(titles);
      }),
      options(RUNS.valid),
    );
  });

  it('keeps every untouched training of a mutated catalog, or refuses it with a CatalogError', () => {
    fc.assert(
      fc.property(validCatalog, fc.array(mutation, { minLength: 1, maxLength: 3 }), (input, mutations) => {
        const { data, touched } = mutate(input, mutations);
        const result = attempt(() => checkCatalog(data, BASE));
        if (result instanceof CatalogError) {
          expect(result.message).to.be.a('string').that.is.not.empty;
          return;
        }
        expect(unsafeLinks(result.catalog)).to.deep.equal([]);
        if (touched === 'all') return;
        const shown = new Set(result.catalog.trainings.map((training) => training.id));
        const after = (data as { trainings: Json[] }).trainings;
        input.trainings.forEach((training, index) => {
          if (touched.has(index)) return;
          // A touched training earlier in the file may have taken this one's id: then the first one wins.
          const taken = after.some((other, before) => before < index && touched.has(before) && (other as { id?: unknown })?.id === training.id);
          if (!taken) expect(shown.has(training.id), `trainings[${index}] "${training.id}" shown`).to.equal(true);
        });
      }),
      options(RUNS.mutated),
    );
  });

  it('answers any JSON value, or any value at all, with a catalog or a CatalogError', () => {
    const shaped = fc.record({
      version: fc.oneof(fc.constant(1), fc.jsonValue()),
      title: fc.oneof(hostileText, fc.jsonValue()),
      trainings: fc.array(fc.oneof(fc.jsonValue({ maxDepth: 3 }), fc.dictionary(fc.constantFrom('id', 'title', 'sessions', 'materials'), fc.jsonValue()))),
    });
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), fc.anything(), shaped), (data) => {
        const result = attempt(() => checkCatalog(data, BASE));
        if (!(result instanceof CatalogError)) expect(unsafeLinks(result.catalog)).to.deep.equal([]);
      }),
      options(RUNS.randomJson),
    );
  });

  it('answers any text — broken, truncated or random — with a catalog or a located parse error', () => {
    const truncated = validCatalog
      .map((catalog) => JSON.stringify(catalog, null, 2))
      .chain((text) => fc.nat({ max: text.length - 1 }).map((end) => text.slice(0, end)));
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), fc.json(), truncated, hostileText), (text) => {
        const result = attempt(() => readCatalog(text, BASE));
        if (result instanceof CatalogError && result.kind === 'parse') {
          expect(result.message).to.match(/^catalog\.json line \d+, column \d+: .+/);
        }
      }),
      options(RUNS.randomText),
    );
  });
});

describe('fuzzing every element through its catalog property (fast-check, seeded)', () => {
  let base: HTMLBaseElement;
  let page: HTMLElement;
  let errors: string[];
  const onError = (event: ErrorEvent) => errors.push(String(event.message));
  const onRejection = (event: PromiseRejectionEvent) => errors.push(String(event.reason));
  let list: RspTrainingList;
  let player: RspTrainingPlayer;
  let handouts: RspHandouts;
  let archive: RspArchive;
  let catalogElement: RspCatalog;
  let all: (HTMLElement & { catalog?: unknown; updateComplete: Promise<boolean> })[];

  before(async () => {
    // Relative URLs in the fuzzed catalogs resolve to port 9, which browsers refuse to connect to: no requests.
    base = document.createElement('base');
    base.href = 'http://127.0.0.1:9/fuzz/';
    document.head.prepend(base);
    // Not a fixture(): those are removed after each test, and both tests here reuse the same elements.
    page = document.createElement('div');
    page.style.width = '900px';
    render(
      html`<rsp-catalog></rsp-catalog>
        <rsp-training-list page-size="100"></rsp-training-list>
        <rsp-training-player></rsp-training-player>
        <rsp-handouts></rsp-handouts>
        <rsp-archive routing="none"></rsp-archive>`,
      page,
    );
    document.body.append(page);
    catalogElement = page.querySelector('rsp-catalog')!;
    list = page.querySelector('rsp-training-list')!;
    player = page.querySelector('rsp-training-player')!;
    handouts = page.querySelector('rsp-handouts')!;
    archive = page.querySelector('rsp-archive')!;
    all = [catalogElement, list, player, handouts, archive];
  });
  after(() => {
    base.remove();
    page.remove();
  });
  beforeEach(() => {
    errors = [];
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
  });
  afterEach(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
    expect(errors).to.deep.equal([]);
  });

  /** Gives every element `data`, and the player and handouts `training`; resolves once all have rendered. */
  async function show(data: unknown, training: string, query = '') {
    for (const element of all) element.catalog = data;
    player.training = handouts.training = training;
    list.query = query;
    await Promise.all(all.map((element) => catalogShown(element)));
    await archive.shadowRoot!.querySelector<RspTrainingList>('rsp-training-list')?.updateComplete;
  }

  const problems = () => all.flatMap((element) => domProblems(element).map((problem) => `${element.localName}: ${problem}`));
  const text = (element: Element | null | undefined) => element?.textContent ?? '';

  it('renders every training of a valid hostile catalog as text, in every element, with nothing injected', async function () {
    this.timeout(60000);
    await fc.assert(
      fc.asyncProperty(validCatalog, fc.option(hostileText, { nil: undefined }), async (input, query) => {
        await show(input, input.trainings[0].id, query);
        const catalog = checkCatalog(input, document.baseURI).catalog as Catalog;
        const first = catalog.trainings[0];
        expect(problems().join('\n')).to.equal('');

        // The list (and the archive's list) shows each training, its title as typed.
        for (const host of [list, archive.shadowRoot!.querySelector('rsp-training-list')!]) {
          const titles = [...host.shadowRoot!.querySelectorAll('.card .title')].map(text);
          if (!query) expect(titles).to.have.length(catalog.trainings.length);
          for (const training of query ? [] : catalog.trainings) {
            expect(titles.some((title) => title.includes(training.title)), `title ${JSON.stringify(training.title)}`).to.equal(true);
          }
        }
        // The player shows the first training; the handouts link each of its materials.
        expect(text(player.shadowRoot!.querySelector('.header .title'))).to.include(first.title);
        const materials = first.materials.length + first.sessions.reduce((sum, session) => sum + session.materials.length, 0);
        expect(handouts.shadowRoot!.querySelectorAll('a[href]')).to.have.length(materials);
        expect(catalogElement.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);

        // The archive's detail view of the first training, then back.
        archive.shadowRoot!.querySelector('rsp-training-list')!.shadowRoot!.querySelector<HTMLElement>('.card .title button')?.click();
        await archive.updateComplete;
        // The list sorts (newest first), so the first card may be any training.
        const heading = text(archive.shadowRoot!.querySelector('.detail .view-heading'));
        expect(catalog.trainings.some((training) => training.title === heading), `heading ${JSON.stringify(heading)}`).to.equal(true);
        await archive.shadowRoot!.querySelector<RspTrainingPlayer>('rsp-training-player')?.updateComplete;
        await archive.shadowRoot!.querySelector<RspHandouts>('rsp-handouts')?.updateComplete;
        expect(problems().join('\n')).to.equal('');
        archive.shadowRoot!.querySelector<HTMLElement>('.back button')?.click();
        await archive.updateComplete;
      }),
      options(RUNS.elementsValid),
    );
  });

  it('shows what it can of a mutated catalog, or the reason it cannot, and never injects anything', async function () {
    this.timeout(60000);
    await fc.assert(
      fc.asyncProperty(
        validCatalog,
        fc.array(mutation, { minLength: 1, maxLength: 3 }),
        async (input, mutations) => {
          const { data } = mutate(input, mutations);
          await show(data, input.trainings[0].id);
          expect(problems().join('\n')).to.equal('');
          const result = attempt(() => checkCatalog(data, document.baseURI, 'catalog'));
          if (result instanceof CatalogError) {
            for (const element of all) {
              expect(text(element.shadowRoot!.querySelector('[role="alert"]')), element.localName).to.include(result.message);
            }
          } else {
            expect(list.shadowRoot!.querySelectorAll('.card .title')).to.have.length(result.catalog.trainings.length);
          }
        },
      ),
      options(RUNS.elementsMutated),
    );
  });
});
