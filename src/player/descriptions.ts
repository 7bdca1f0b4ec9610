/**
 * Audio description (WCAG 1.2.5; extended, 1.2.7): a session's description cues (WebVTT `kind="descriptions"`), each
 * given to the viewer as the media time reaches it — spoken with the browser's speech synthesis in the training's
 * language, or put in a live region for the viewer's screen reader (their choice, remembered). "Pause while
 * describing" (remembered) holds the video while a description is spoken, so a long one is heard in full. The
 * toolbar turns descriptions on and off; the time comes from the media-time source, like the transcript's.
 */
import { html, nothing, type ReactiveControllerHost } from 'lit';
import type { Messages } from '../i18n/en.js';
import { readStored, writeStored } from '../progress/storage.js';
import type { MediaTime } from './media-time.js';
import { cueIndexAt, loadCues, type TimedText } from './transcript.js';

/** What is described over: paused while a description is spoken, when the viewer asked for that. */
export interface DescribedMedia {
  /** Whether it is playing now. */
  playing(): boolean;
  pause(): void;
  play(): void;
}

interface Settings {
  /** Spoken by the browser; false: for the screen reader, through the live region. */
  speak: boolean;
  /** Pause the video while a description is spoken. */
  pause: boolean;
}

const KEY = 'describe';

export class AudioDescriptions {
  /** Whether descriptions are being given. */
  describing = false;
  /** The description reached last. */
  description = '';
  settings: Settings = { speak: false, pause: false, ...readStored<Settings>(KEY) };
  private cues?: TimedText[];
  private describedIndex = -1;
  private lang?: string;
  /** The video was paused by us for the description being spoken, and plays on when it ends. */
  private holding = false;

  constructor(
    private host: Pick<ReactiveControllerHost, 'requestUpdate'>,
    private time: MediaTime,
    private media: DescribedMedia,
  ) {
    time.subscribe((seconds) => this.follow(seconds));
  }

  /** Another recording is attached (its descriptions in `lang`): what was read and loaded was the last one's. */
  reset(lang?: string) {
    this.lang = lang;
    this.silence();
    this.description = '';
    this.describedIndex = -1;
    this.cues = undefined;
  }

  /** Turns the descriptions at `src` on or off; they load the first time they are turned on. */
  toggle(src: string | undefined) {
    this.describing = !this.describing;
    this.description = '';
    this.describedIndex = -1;
    if (!this.describing) this.silence();
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

  /** What the live region says: the description, unless it is spoken aloud. */
  get announced(): string {
    return this.describing && !(this.settings.speak && speech()) ? this.description : '';
  }

  /** The live region, and while describing the viewer's choices: spoken or screen reader, pause while describing. */
  render(t: Messages) {
    const change = (name: keyof Settings) => (event: Event) => this.choose(name, (event.target as HTMLInputElement).checked);
    return html`<p class="live" aria-live="polite">${this.announced}</p>
      ${this.describing
        ? html`<div class="describe-settings" part="describe-settings" role="group" aria-label=${t.audioDescription}>
            ${speech()
              ? html`<label><input type="checkbox" .checked=${this.settings.speak} @change=${change('speak')} /> ${t.speakDescriptions}</label>`
              : nothing}
            <label><input type="checkbox" .checked=${this.settings.pause} @change=${change('pause')} /> ${t.pauseWhileDescribing}</label>
          </div>`
        : nothing}`;
  }

  private choose(name: keyof Settings, on: boolean) {
    this.settings = { ...this.settings, [name]: on };
    writeStored(KEY, this.settings);
    if (name === 'speak' && !on) this.silence();
    // Turned on over a description already shown: that one is spoken now.
    if (name === 'speak' && on && this.describing && this.description) this.say(this.description);
    this.host.requestUpdate();
  }

  private follow(time: number) {
    if (!this.describing || !this.cues) return;
    const index = cueIndexAt(this.cues, time);
    if (index < 0 || index === this.describedIndex) return;
    this.describedIndex = index;
    this.description = this.cues[index].text;
    if (this.settings.speak) this.say(this.description);
    else if (this.settings.pause) this.holdForReading(this.description);
    this.host.requestUpdate();
  }

  /** Speaks `text`; with "pause while describing", the video waits for the end of it. */
  private say(text: string) {
    const synth = speech();
    if (!synth) return;
    synth.cancel();
    const utterance = new SpeechSynthesisUtterance(text);
    if (this.lang) utterance.lang = this.lang;
    const done = () => {
      if (!this.holding) return;
      this.holding = false;
      this.media.play();
    };
    utterance.addEventListener('end', done);
    utterance.addEventListener('error', done);
    if (this.settings.pause && this.media.playing()) {
      this.holding = true;
      this.media.pause();
    }
    synth.speak(utterance);
  }

  /**
   * A screen reader's speech cannot be heard ending: with "pause while describing", the video waits for about the
   * time the description takes to read (170 words a minute, at least 2 s).
   */
  private holdForReading(text: string) {
    if (!this.media.playing()) return;
    this.holding = true;
    this.media.pause();
    const seconds = Math.max(2, (text.split(/\s+/).length / 170) * 60);
    setTimeout(() => {
      if (!this.holding) return;
      this.holding = false;
      this.media.play();
    }, seconds * 1000);
  }

  /** Stops what is being spoken; a video held for it plays on. */
  private silence() {
    if (this.settings.speak) speech()?.cancel();
    if (this.holding) {
      this.holding = false;
      this.media.play();
    }
  }
}

/** The browser's speech synthesis, where it has one. */
function speech(): SpeechSynthesis | undefined {
  return typeof speechSynthesis !== 'undefined' && typeof SpeechSynthesisUtterance !== 'undefined' ? speechSynthesis : undefined;
}
