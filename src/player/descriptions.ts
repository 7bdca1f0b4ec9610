/**
 * Audio description as text: a session's description cues (WebVTT `kind="descriptions"`), each put in a live region
 * for screen readers as the media time reaches it. The toolbar turns it on and off; the time comes from
 * the media-time source, like the transcript's and the chapters'.
 */
import type { ReactiveControllerHost } from 'lit';
import type { MediaTime } from './media-time.js';
import { cueIndexAt, loadCues, type TimedText } from './transcript.js';

export class AudioDescriptions {
  /** Whether descriptions are being read out. */
  describing = false;
  /** The description being read out by the live region. */
  description = '';
  private cues?: TimedText[];
  private describedIndex = -1;

  constructor(
    private host: Pick<ReactiveControllerHost, 'requestUpdate'>,
    private time: MediaTime,
  ) {
    time.subscribe((seconds) => this.follow(seconds));
  }

  /** Another recording is attached: what was read and loaded was the last one's. */
  reset() {
    this.description = '';
    this.describedIndex = -1;
    this.cues = undefined;
  }

  /** Turns the read-out of the descriptions at `src` on or off; they load the first time they are turned on. */
  toggle(src: string | undefined) {
    this.describing = !this.describing;
    this.description = '';
    this.describedIndex = -1;
    if (this.describing && src && !this.cues) {
      loadCues(src, 'descriptions').then(
        (cues) => {
          this.cues = cues;
          this.follow(this.time.now);
        },
        () => {},
      );
    }
    this.host.requestUpdate();
  }

  private follow(time: number) {
    if (!this.describing || !this.cues) return;
    const index = cueIndexAt(this.cues, time);
    if (index < 0 || index === this.describedIndex) return;
    this.describedIndex = index;
    this.description = this.cues[index].text;
    this.host.requestUpdate();
  }
}
