/**
 * Which of the player's panels are open (transcript, chapters, shortcuts), and in what order: Esc closes the one
 * opened last and gives focus back to the toolbar button that opens it.
 */
import type { ReactiveControllerHost } from 'lit';
import type { Panel } from './toolbar.js';

export class OpenPanels {
  open: Record<Panel, boolean> = { transcript: false, chapters: false, shortcuts: false };
  /** Open panels, the last opened last. */
  private opened: Panel[] = [];

  constructor(private host: Pick<ReactiveControllerHost, 'requestUpdate' | 'updateComplete'> & { renderRoot: ParentNode }) {}

  /** Whether any panel is open (for Esc to close). */
  get any() {
    return this.opened.length > 0;
  }

  toggle(panel: Panel) {
    this.open = { ...this.open, [panel]: !this.open[panel] };
    this.opened = this.opened.filter((each) => each !== panel);
    if (this.open[panel]) this.opened.push(panel);
    this.host.requestUpdate();
  }

  /** Closes the panel opened last and gives focus back to the button that opens it. */
  async closeLast() {
    const panel = this.opened.at(-1);
    if (!panel) return;
    this.toggle(panel);
    await this.host.updateComplete;
    this.host.renderRoot.querySelector<HTMLElement>(`.toolbar [aria-controls="${panel}"]`)?.focus();
  }
}
