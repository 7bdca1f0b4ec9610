/**
 * Search in a transcript: the query, the cues that contain it (searched once per query, from the last query's matches
 * when it extends it), the match the viewer stepped to with Enter or next/previous, and the search box itself.
 */
import { html, type ReactiveControllerHost } from 'lit';
import type { Messages } from '../i18n/index.js';
import { findCues, type TimedText } from './transcript.js';

export class TranscriptSearch {
  query = '';
  /** Index into the matches of the one stepped to, -1 before any step. */
  activeMatch = -1;
  /** The cues searched: the transcript shown. */
  cues?: TimedText[];
  private found: { cues?: TimedText[]; query: string; matches: number[] } = { query: '', matches: [] };

  /** `scrollTo(index)` brings the cue at `index` into view once the host has rendered it as the active match. */
  constructor(
    private host: Pick<ReactiveControllerHost, 'requestUpdate' | 'updateComplete'>,
    private scrollTo: (index: number) => void,
  ) {}

  /** Another transcript: no query, nothing found. */
  reset(cues?: TimedText[]) {
    this.cues = cues;
    this.query = '';
    this.activeMatch = -1;
  }

  /** Indexes of the cues that contain the query. */
  get matches(): number[] {
    const cues = this.cues;
    const query = this.query.trim().toLowerCase();
    if (!query || !cues) return [];
    const found = this.found;
    if (found.cues !== cues || found.query !== query) {
      const matches = findCues(cues, query, found.cues === cues ? found : undefined);
      this.found = { cues, query, matches };
    }
    return this.found.matches;
  }

  /** Whether the cue at `index` is the match stepped to. */
  isActive(index: number) {
    return this.activeMatch >= 0 && this.matches[this.activeMatch] === index;
  }

  private search(query: string) {
    this.query = query;
    this.activeMatch = -1;
    this.host.requestUpdate();
  }

  private step(by: 1 | -1) {
    const matches = this.matches;
    if (!matches.length) return;
    this.activeMatch = (this.activeMatch + by + matches.length) % matches.length;
    this.host.requestUpdate();
    this.host.updateComplete.then(() => this.scrollTo(matches[this.activeMatch]));
  }

  /** The search box, the match count and next/previous. */
  render(t: Messages) {
    const count = this.matches.length;
    return html`<div class="search" role="search">
      <label
        >${t.searchTranscript}
        <input
          type="search"
          .value=${this.query}
          @input=${(event: Event) => this.search((event.target as HTMLInputElement).value)}
          @keydown=${(event: KeyboardEvent) => event.key === 'Enter' && this.step(event.shiftKey ? -1 : 1)}
      /></label>
      <span class="match-count" role="status"
        >${this.query.trim() ? (this.activeMatch >= 0 ? t.matchOf(this.activeMatch + 1, count) : t.matches(count)) : ''}</span
      >
      <button type="button" class="secondary" ?disabled=${!count} @click=${() => this.step(-1)}>${t.previousMatch}</button>
      <button type="button" class="secondary" ?disabled=${!count} @click=${() => this.step(1)}>${t.nextMatch}</button>
    </div>`;
  }
}
