/**
 * The list's polite status message (WCAG 4.1.3): the result count, said once typing or ticking pauses rather than at
 * every key, so that a screen reader is not interrupted by a count per letter.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Locale } from '../i18n/index.js';
import { formatNumber } from '../i18n/format.js';

/** How long the person must pause, in milliseconds. */
const PAUSE = 600;

export class ListAnnouncer implements ReactiveController {
  /** What the live region says now. */
  text = '';
  private timer?: ReturnType<typeof setTimeout>;

  constructor(private host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostDisconnected() {
    clearTimeout(this.timer);
  }

  /** Empties the region now, and says `message()` once no other change came for a moment. */
  schedule(message: () => string) {
    clearTimeout(this.timer);
    this.say('');
    this.timer = setTimeout(() => this.say(message()), PAUSE);
  }

  /** The list's results, once the pause comes: "12 trainings found.", what was said, or "Did you mean …?". */
  scheduleResults({ lang, t }: Locale, results: () => { count: number; moments: string; suggestion: () => string | undefined }) {
    this.schedule(() => {
      const { count, moments, suggestion } = results();
      if (count) return t.found(count, formatNumber(count, lang)) + moments;
      if (moments) return t.noneButSaid + moments;
      const suggested = suggestion();
      return suggested ? `${t.noResults} ${t.didYouMean(suggested)}` : t.noResults;
    });
  }

  private say(text: string) {
    this.text = text;
    this.host.requestUpdate();
  }
}
