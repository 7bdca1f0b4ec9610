/**
 * Journey: a Spanish-speaking viewer on a Spanish page watches a Spanish training and an English one with Spanish
 * captions. Everything the player and the handouts say is Spanish, and the transcript follows the captions.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendMouse, setViewport } from '@web/test-runner-commands';
import { clearCatalogStores } from '../../src/catalog/store.js';
import '../../src/components/archive.js';
import type { RspArchive } from '../../src/components/archive.js';
import type { RspTrainingPlayer } from '../../src/components/training-player.js';
import { en } from '../../src/i18n/en.js';
import { es } from '../../src/i18n/es.js';
import { clearStoredProgress } from '../player-helpers.js';
import { PATIENCE } from './harness.js';

const catalogUrl = '/demo/catalog.json';

async function openArchive() {
  const container = await fixture<HTMLDivElement>(html`<div lang="es"></div>`);
  container.innerHTML = `<rsp-archive src="${catalogUrl}" routing="none"></rsp-archive>`;
  const archive = container.querySelector('rsp-archive')!;
  await oneEvent(archive, 'rsp-catalog-load');
  await waitUntil(() => cardLink(archive, 'Especialistas de pares'), 'list shown', PATIENCE);
  await waitUntil(() => archive.shadowRoot!.querySelector('rsp-training-list')!.shadowRoot!.textContent!.includes(es.searchLabel), 'Spanish list', PATIENCE);
  return archive;
}

function cardLink(archive: RspArchive, title: string): HTMLElement | undefined {
  const list = archive.shadowRoot!.querySelector('rsp-training-list')?.shadowRoot;
  const card = [...(list?.querySelectorAll('.card') ?? [])].find((each) => each.textContent!.includes(title));
  return card?.querySelector<HTMLElement>('a, button') ?? undefined;
}

async function click(element: Element) {
  element.scrollIntoView({ block: 'center' });
  const box = element.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
}

async function openTraining(archive: RspArchive, title: string): Promise<RspTrainingPlayer> {
  const back = archive.shadowRoot!.querySelector('.back a, .back button');
  if (back) {
    await click(back);
    await waitUntil(() => cardLink(archive, title)?.checkVisibility(), 'list again', PATIENCE);
  }
  await click(cardLink(archive, title)!);
  await waitUntil(() => archive.shadowRoot!.querySelector('rsp-training-player')?.shadowRoot?.querySelector('video'), 'player shown', {
    timeout: 5000,
  });
  const player = archive.shadowRoot!.querySelector('rsp-training-player')!;
  await waitUntil(() => player.shadowRoot!.textContent!.includes(es.playerControls) || toolbar(player)?.getAttribute('aria-label') === es.playerControls, 'Spanish player', PATIENCE);
  return player;
}

const toolbar = (player: RspTrainingPlayer) => player.shadowRoot!.querySelector('.toolbar');
const named = (element: Element) => (element.getAttribute('aria-label') ?? element.textContent!).replace(/\s+/g, ' ').trim();
const toolbarButton = (player: RspTrainingPlayer, name: string) =>
  [...player.shadowRoot!.querySelectorAll<HTMLButtonElement>('.toolbar button')].find((each) => named(each) === name)!;
const menu = (root: ParentNode, label: string) =>
  [...root.querySelectorAll('label')].find((each) => each.textContent!.includes(label))!.querySelector('select')!;

async function choose(player: RspTrainingPlayer, select: HTMLSelectElement, text: string) {
  const option = [...select.options].find((each) => each.text === text);
  if (!option) throw new Error(`no option "${text}" in ${[...select.options].map((each) => each.text)}`);
  select.focus();
  select.value = option.value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await player.updateComplete;
}

/** The cue texts of a WebVTT file, read here with a few lines of our own rather than the player's loader. */
async function cueTexts(src: string): Promise<string[]> {
  const text = await (await fetch(new URL(src, new URL(catalogUrl, location.href)))).text();
  return text
    .split(/\r?\n\r?\n/)
    .map((block) => block.split(/\r?\n/))
    .filter((lines) => lines.some((line) => line.includes('-->')))
    .map((lines) => lines.slice(lines.findIndex((line) => line.includes('-->')) + 1).join(' ').replace(/<[^>]*>/g, '').trim());
}

const transcriptCues = (player: RspTrainingPlayer) =>
  [...player.shadowRoot!.querySelectorAll('#transcript .cue .text')].map((cue) => cue.textContent!.replace(/\s+/g, ' ').trim());

async function transcriptShows(player: RspTrainingPlayer, expected: string[], message: string) {
  await waitUntil(() => JSON.stringify(transcriptCues(player)) === JSON.stringify(expected), message, { timeout: 5000 }).catch(() => {
    expect(transcriptCues(player), message).to.deep.equal(expected);
  });
}

/** Every piece of text a person sees or a screen reader reads in `root`: text nodes, names, titles, options. */
function uiText(root: ShadowRoot): string[] {
  const pieces: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.parentElement?.closest('style')) continue;
    pieces.push(node.textContent!);
  }
  for (const element of root.querySelectorAll('[aria-label], [title], [alt], [placeholder]')) {
    for (const name of ['aria-label', 'title', 'alt', 'placeholder']) {
      const value = element.getAttribute(name);
      if (value) pieces.push(value);
    }
  }
  return pieces.map((piece) => piece.replace(/\s+/g, ' ').trim()).filter(Boolean);
}

/** Every string value of the catalog: the catalog's own words, in whatever language it wrote them. */
function catalogStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(catalogStrings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(catalogStrings);
  return [];
}

/** Finds a message's fixed parts in `text`, in order, each hole filled by at least one character; whole words only. */
function finds(parts: string[], text: string): boolean {
  const letter = /\p{L}/u;
  // A message that starts with a parameter is tried from the start only.
  const starts: number[] = parts[0] ? [] : [0];
  for (let at = parts[0] ? text.indexOf(parts[0]) : -1; at >= 0; at = text.indexOf(parts[0], at + 1)) starts.push(at);
  for (const start of starts) {
    if (start > 0 && letter.test(parts[0][0] ?? '') && letter.test(text[start - 1])) continue;
    let at = start + parts[0].length;
    let found = true;
    for (const part of parts.slice(1)) {
      const next = part ? text.indexOf(part, at + 1) : at + 1 <= text.length ? text.length : -1;
      if (next < 0) {
        found = false;
        break;
      }
      at = next + part.length;
    }
    const last = parts.at(-1)!;
    if (found && !(last && letter.test(last.at(-1)!) && letter.test(text[at] ?? ''))) return true;
  }
  return false;
}

/**
 * The English dictionary's texts that Spanish says differently, each as a test of a piece of text: a message with
 * parameters ("Session {n} of {total}") is found whatever fills them.
 */
function englishOnly(english: unknown, spanish: unknown): ((text: string) => boolean)[] {
  const hole = '\u0001';
  const asText = (value: unknown) =>
    typeof value === 'function' ? String((value as (...args: string[]) => string)(hole, hole, hole, hole)) : value;
  const left = asText(english);
  const right = asText(spanish);
  if (typeof left === 'string') {
    if (left === right || !left.trim()) return [];
    const parts = left.split(hole);
    return [(text) => finds(parts, text)];
  }
  if (left && typeof left === 'object') {
    return Object.keys(left).flatMap((key) => englishOnly((left as never)[key], (right as never)?.[key]));
  }
  return [];
}

describe('Journey: a Spanish-speaking viewer', () => {
  beforeEach(async () => {
    clearStoredProgress();
    await setViewport({ width: 1280, height: 800 });
  });
  afterEach(() => {
    clearStoredProgress();
    clearCatalogStores();
    window.scrollTo(0, 0);
  });

  it('gets Spanish captions, a transcript that follows them, and Spanish words and numbers everywhere', async () => {
    const catalog = await (await fetch(catalogUrl)).json();
    const archive = await openArchive();

    // A Spanish training: Spanish captions and a Spanish transcript.
    let player = await openTraining(archive, 'Especialistas de pares');
    const spanishPeer = await cueTexts('source/media/peer-es.es.vtt');
    let video = player.shadowRoot!.querySelector('video')!;
    await waitUntil(() => [...video.textTracks].find((track) => track.language === 'es')?.mode === 'showing', 'Spanish captions', PATIENCE);
    await click(toolbarButton(player, es.transcript));
    await transcriptShows(player, spanishPeer, 'transcript of the Spanish training in Spanish');

    // An English training with Spanish captions: Spanish by default, and the transcript goes with the captions.
    player = await openTraining(archive, 'Trauma-Informed Stabilization');
    video = player.shadowRoot!.querySelector('video')!;
    const [englishCues, spanishCues] = await Promise.all([cueTexts('source/media/tist-1.en.vtt'), cueTexts('source/media/tist-1.es.vtt')]);
    await waitUntil(() => [...video.textTracks].find((track) => track.language === 'es')?.mode === 'showing', 'Spanish captions', PATIENCE);
    await click(toolbarButton(player, es.transcript));
    await transcriptShows(player, spanishCues, 'transcript in Spanish with Spanish captions');
    const captions = menu(toolbar(player)!, es.captions);
    await choose(player, captions, 'English');
    await transcriptShows(player, englishCues, 'transcript follows the captions to English');
    await choose(player, captions, es.captionsOff);
    await transcriptShows(player, englishCues, 'transcript keeps its language when captions are turned off');
    await choose(player, captions, 'Español');
    await transcriptShows(player, spanishCues, 'transcript follows the captions back to Spanish');
    // The transcript's own language menu, without changing the captions.
    const transcriptPanel = player.shadowRoot!.querySelector('#transcript')!;
    await choose(player, menu(transcriptPanel, es.transcriptLanguage), 'English');
    await transcriptShows(player, englishCues, 'transcript chosen in English');
    expect([...video.textTracks].find((track) => track.language === 'es')!.mode).to.equal('showing');

    // Numbers and key names in Spanish.
    const speeds = [...menu(toolbar(player)!, es.speed).options].map((option) => option.text);
    expect(speeds).to.include('0,75×');
    expect(speeds.join(' ')).not.to.match(/\d\.\d/);
    player.shadowRoot!.querySelector<HTMLElement>('video')!.focus();
    await click(toolbarButton(player, es.shortcuts));
    await player.updateComplete;
    const keys = [...player.shadowRoot!.querySelectorAll('#shortcuts kbd')].map((key) => key.textContent!.trim());
    expect(keys).to.include('Espacio');
    expect(keys).not.to.include('Space');
    const handouts = archive.shadowRoot!.querySelector('rsp-handouts')!;
    const handoutsText = handouts.shadowRoot!.textContent!.replace(/\s+/g, ' ');
    expect(handoutsText).to.include('Texto, 250 bytes');
    expect(handoutsText).not.to.include('Text,');

    // With every panel open, nothing in the player or the handouts is English (the catalog's own words aside).
    for (const name of [es.chapters, es.audioDescription]) await click(toolbarButton(player, name));
    await player.updateComplete;
    // Blank strings left out: splitting on "" would cut every piece into letters, and each pass multiplies it.
    const ownWords = [...new Set(catalogStrings(catalog).filter((words) => words.trim()))].sort((a, b) => b.length - a.length);
    const withoutCatalog = (piece: string) => ownWords.reduce((rest, words) => rest.split(words).join(' ‖ '), piece);
    const shown = [...uiText(player.shadowRoot!), ...uiText(handouts.shadowRoot!)].map(withoutCatalog);
    const tests = englishOnly(en, es);
    const english = shown.filter((piece) => tests.some((test) => test(piece)));
    expect(english, 'English UI text on a Spanish page').to.deep.equal([]);
    await expect(player).to.be.accessible();
  });
});
