/**
 * Where playback is: the one owner of a session's media time. Whatever plays the session (the `<video>`, or an
 * embed's player) is its playhead; the transcript, the chapters and the audio description subscribe to it and ask it
 * to seek. A cue's click goes panel → source → playhead, and the new time comes back from the source to every
 * subscriber, never relayed through the element.
 *
 * @example
 * const time = new MediaTime();
 * time.use(media); // the session's video
 * time.subscribe((seconds) => panel.follow(seconds));
 * time.seek(42); // from a cue's click
 */

/** What plays the session: moves when asked, and says where it is. */
export interface Playhead {
  seek(seconds: number): void;
  /** The current time, in seconds. */
  now(): number;
}

export type TimeListener = (seconds: number) => void;

export class MediaTime {
  private listeners = new Set<TimeListener>();
  private playhead?: Playhead;

  /** Makes `playhead` the one that plays (and seeks) from now on; `undefined` when nothing does. */
  use(playhead: Playhead | undefined) {
    this.playhead = playhead;
  }

  /** The playhead's current time; 0 with nothing playing. */
  get now(): number {
    return this.playhead?.now() ?? 0;
  }

  /** Asks the playhead to move to `seconds`. */
  seek(seconds: number) {
    this.playhead?.seek(seconds);
  }

  /** Calls `listener` with every time the playhead reports; returns the function that stops it. */
  subscribe(listener: TimeListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Called by the playhead when its time moved (playing, a seek): every subscriber hears it, in subscription order. */
  publish(seconds: number) {
    for (const listener of this.listeners) listener(seconds);
  }
}
