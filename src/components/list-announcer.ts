/**
 * The list's polite status message (WCAG 4.1.3): the result count, said once typing or ticking pauses rather than at
 * every key, so that a screen reader is not interrupted by a count per letter.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class ListAnnouncer implements ReactiveController {
  /** What the live region says now. */
  text = '';
  private timer?: ReturnType<typeof setTimeout>;

  /** @param delay How long the person must pause, in milliseconds. */
  constructor(
    private host: ReactiveControllerHost,
    private delay = 600,
  ) {
    host.addController(this);
  }

  hostDisconnected() {
    clearTimeout(this.timer);
  }

  /** Empties the region now, and says `message()` once no other change came for `delay` ms. */
  schedule(message: () => string) {
    clearTimeout(this.timer);
    this.say('');
    this.timer = setTimeout(() => this.say(message()), this.delay);
  }

  private say(text: string) {
    this.text = text;
    this.host.requestUpdate();
  }
}
