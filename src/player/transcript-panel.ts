/**
 * The interactive transcript and the chapter list: cues as buttons that seek, the current one marked
 * (`aria-current`) and kept in view inside its own scrolling list, without moving focus or scrolling the host page.
 * The transcript adds search (match count, next/previous) and a plain-text download; its list is windowed (only the
 * cues near the view are in the DOM), so a transcript of any length opens and searches in a frame.
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { ref } from 'lit/directives/ref.js';
import { highlight } from '../catalog/search.js';
import { messagesFor } from '../i18n/index.js';
import { langOf } from '../i18n/lang.js';
import { formatClock } from './time.js';
import { CueWindow } from './cue-window.js';
import type { MediaTime } from './media-time.js';
import { cueIndexAt, loadCues, transcriptText, type TimedText } from './transcript.js';
import { TranscriptSearch } from './transcript-search.js';

export interface CuePanelHost extends ReactiveControllerHost, Element {
  renderRoot: HTMLElement | DocumentFragment;
}

type Cues = TimedText[] | 'loading' | 'error' | undefined;

/** The transcript's languages, when the session has several: a menu in the panel chooses among them. */
export interface PanelLanguages {
  /** Each language's name, as its captions track labels it. */
  labels: string[];
  /** Index of the language shown. */
  selected: number;
  /** The language of the cues shown, for `lang` on the list (WCAG 3.1.2). */
  lang?: string;
  choose(index: number): void;
}

/**
 * Loads the cues of one WebVTT file for one panel and follows the media time: it hears the time from `time`, and a
 * cue's click asks `time` to seek.
 */
export class CuePanel implements ReactiveController {
  cues: Cues;
  current = -1;
  private src?: string;
  private scrollPending = false;
  /** The transcript's windowed list, made for each list of cues. */
  private window?: CueWindow;
  private search: TranscriptSearch;
  private attachList = (list: Element | undefined) => this.window?.attach(list as HTMLElement | undefined);

  constructor(
    private host: CuePanelHost,
    private kind: 'transcript' | 'chapters',
    private time: MediaTime,
  ) {
    host.addController(this);
    this.search = new TranscriptSearch(host, (index) => this.window?.scrollToIndex(index));
    time.subscribe((seconds) => this.follow(seconds));
  }

  /** Starts loading `src` unless it is already the one shown. */
  load(src: string | undefined) {
    if (src === this.src) return;
    this.src = src;
    this.current = -1;
    this.search.reset();
    this.cues = src ? 'loading' : undefined;
    this.window?.detach();
    this.window = undefined;
    if (!src) return;
    loadCues(src, this.kind === 'transcript' ? 'metadata' : 'chapters').then(
      (cues) => this.src === src && this.set(cues),
      () => this.src === src && this.set('error'),
    );
  }

  /** Marks the cue at `time`; chapters stay current until the next one starts. */
  private follow(time: number) {
    if (!Array.isArray(this.cues)) return;
    let index = cueIndexAt(this.cues, time);
    if (this.kind === 'chapters' && index < 0) {
      for (const [at, cue] of this.cues.entries()) if (cue.start <= time) index = at;
    }
    if (index === this.current) return;
    this.current = index;
    // The mark moves in the DOM directly: re-rendering 2,000 cue buttons to move one attribute costs milliseconds
    // at every step of playback (see docs/performance.md).
    this.markCurrent(true);
  }

  hostUpdated() {
    if (this.window) {
      this.window.refresh();
      if (this.scrollPending) {
        this.scrollPending = false;
        requestAnimationFrame(() => this.window?.scrollToIndex(this.current, false));
      }
    } else this.markCurrent(false);
  }

  /** Puts `aria-current` on the current cue's button (and only there); scrolls it into view when `scroll`. */
  private markCurrent(scroll: boolean) {
    const cueWindow = this.window;
    if (cueWindow) {
      cueWindow.refresh();
      // Next frame: measuring now would force a layout in the middle of the media's timeupdate.
      if (scroll) requestAnimationFrame(() => cueWindow.scrollToIndex(this.current));
      return;
    }
    const list = this.host.renderRoot.querySelector<HTMLElement>(`.${this.kind} .cues`);
    if (!list) return;
    const item = list.children[this.current]?.firstElementChild as HTMLElement | undefined;
    for (const marked of list.querySelectorAll('[aria-current]')) if (marked !== item) marked.removeAttribute('aria-current');
    if (!item) return;
    item.setAttribute('aria-current', 'time');
    if (scroll || this.scrollPending) {
      this.scrollPending = false;
      // Next frame: measuring now would force a layout in the middle of the media's timeupdate.
      requestAnimationFrame(() => keepInView(list, item));
    }
  }

  private set(cues: Cues) {
    this.cues = cues;
    if (this.kind === 'transcript' && Array.isArray(cues)) {
      this.search.cues = cues;
      this.window = new CueWindow(
        cues.length,
        (index) => this.renderCue(cues, index),
        () => this.current,
      );
    }
    this.scrollPending = true;
    this.host.requestUpdate();
  }

  private download(title: string) {
    if (!Array.isArray(this.cues)) return;
    const blob = new Blob([transcriptText(title, this.cues, formatClock)], { type: 'text/plain;charset=utf-8' });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = `${title.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '') || 'transcript'}.txt`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 1000);
  }

  /** The host's UI text. */
  private get t() {
    return messagesFor(langOf(this.host));
  }

  /** The panel; `title` names the downloaded file. */
  render(id: string, title: string, headingLevel = 3, languages?: PanelLanguages): TemplateResult {
    const t = this.t;
    const transcript = this.kind === 'transcript';
    const heading = transcript ? t.transcript : t.chapters;
    const cues = this.cues;
    return html`<section id=${id} class="panel ${this.kind}" part=${this.kind} aria-labelledby="${id}-heading">
      <div id="${id}-heading" class="panel-heading" role="heading" aria-level=${headingLevel}>${heading}</div>
      ${languages && languages.labels.length > 1 ? this.renderLanguages(languages) : nothing}
      ${cues === 'loading'
        ? html`<p>${this.t.loadingText}</p>`
        : !Array.isArray(cues)
          ? html`<p class="unavailable">${transcript ? this.t.transcriptUnavailable : this.t.chaptersUnavailable}</p>`
          : html`${transcript ? this.search.render(t) : nothing}
              ${transcript
                ? html`<div class="cue-scroller">
                    <ol class="cues" lang=${languages?.lang ?? nothing} ${ref(this.attachList)}></ol>
                  </div>`
                : guard(
                    [cues],
                    () => html`<ol class="cues">
                      ${cues.map(
                        (cue) =>
                          html`<li>
                            <button type="button" class="cue" part="cue" @click=${() => this.time.seek(cue.start)}>
                              <span class="time">${formatClock(cue.start)}</span>
                              <span class="text">${cue.text}</span>
                            </button>
                          </li>`,
                      )}
                    </ol>`,
                  )}
              ${transcript
                ? html`<button type="button" class="secondary" part="button" @click=${() => this.download(title)}>
                    ${this.t.downloadTranscript}
                  </button>`
                : nothing}`}
    </section>`;
  }

  /** One transcript cue of the window: its place in the whole list is told with aria-posinset/aria-setsize. */
  private renderCue(cues: TimedText[], index: number) {
    const cue = cues[index];
    const active = this.search.isActive(index);
    return html`<li aria-posinset=${index + 1} aria-setsize=${cues.length}>
      <button
        type="button"
        class="cue ${active ? 'active-match' : ''}"
        part="cue"
        aria-current=${index === this.current ? 'time' : nothing}
        @click=${() => this.time.seek(cue.start)}
      >
        <span class="time">${formatClock(cue.start)}</span>
        <span class="text"
          >${highlight(cue.text, this.search.query, { literal: true }).map(({ text, match }) => (match ? html`<mark>${text}</mark>` : text))}</span
        >
      </button>
    </li>`;
  }

  private renderLanguages({ labels, selected, choose }: PanelLanguages) {
    return html`<p class="languages">
      <label
        >${this.t.transcriptLanguage}
        <select @change=${(event: Event) => choose(Number((event.target as HTMLSelectElement).value))}>
          ${labels.map((label, at) => html`<option value=${at} .selected=${at === selected}>${label}</option>`)}
        </select></label
      >
    </p>`;
  }
}

/**
 * Scrolls `list` (and only it) so `item` is visible. `scrollIntoView` would also scroll every scrolling ancestor,
 * the host page included, under the viewer's eyes.
 */
function keepInView(list: HTMLElement, item: HTMLElement) {
  const top = item.offsetTop;
  const bottom = top + item.offsetHeight;
  if (top >= list.scrollTop && bottom <= list.scrollTop + list.clientHeight) return;
  const reduce = matchMedia('(prefers-reduced-motion: reduce)').matches;
  list.scrollTo({ top: Math.max(0, top - list.clientHeight / 3), behavior: reduce ? 'auto' : 'smooth' });
}
