/**
 * The list's polite status message (WCAG 4.1.3): the result count, said once typing or ticking pauses rather than at
 * every key, so that a screen reader is not interrupted by a count per letter.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

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

  private say(text: string) {
    this.text = text;
    this.host.requestUpdate();
  }
}
