/**
 * A training's content advisory: a note over the video, which the viewer must answer (Continue) before the recording
 * can be reached, and which then stays below it as a plain note. The answer is remembered per training in storage,
 * so the note does not stand in the way again on this device.
 */
import { html, nothing, type ReactiveControllerHost } from 'lit';
import type { Training } from '../catalog/normalize.js';
import type { Messages } from '../i18n/index.js';
import { readStored, writeStored } from '../progress/storage.js';

export class ContentAdvisory {
  /** The viewer answered the advisory of the training shown (now, or on an earlier visit). */
  dismissed = false;

  constructor(private host: Pick<ReactiveControllerHost, 'requestUpdate' | 'updateComplete'> & { renderRoot: ParentNode }) {}

  /** Called before each render: another `training` asked for starts unanswered, unless storage remembers the answer. */
  check(training: Training | undefined, trainingChanged: boolean) {
    if (trainingChanged) this.dismissed = false;
    if (training?.advisory && !this.dismissed) this.dismissed = readStored<boolean>(storageKey(training)) === true;
  }

  /** Whether the advisory stands over the video, keeping it out of reach. */
  blocks(training: Training) {
    return !!training.advisory && !this.dismissed;
  }

  /** The note over the video, with the button that answers it; `level` is its heading's. */
  renderOverlay(training: Training, t: Messages, level: number) {
    if (!this.blocks(training)) return nothing;
    return html`<div class="overlay" part="advisory" role="group" aria-labelledby="advisory-heading">
      <div id="advisory-heading" class="panel-heading" role="heading" aria-level=${level}>${t.advisoryHeading}</div>
      <p>${training.advisory}</p>
      <p><button type="button" part="button" @click=${() => this.dismiss(training)}>${t.advisoryContinue}</button></p>
    </div>`;
  }

  /** The note below the video, once answered. */
  renderNote(training: Training) {
    return training.advisory && this.dismissed ? html`<p class="note">${training.advisory}</p>` : nothing;
  }

  private dismiss(training: Training) {
    writeStored(storageKey(training), true);
    this.dismissed = true;
    this.host.requestUpdate();
    // The button goes away: keep focus in the player rather than losing it to the page.
    this.host.updateComplete.then(() => this.host.renderRoot.querySelector<HTMLElement>('video, .facade')?.focus());
  }
}

const storageKey = (training: Training) => `advisory:${training.id}`;
