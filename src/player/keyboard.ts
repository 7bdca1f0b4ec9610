/**
 * Where the player's key presses come from, and where focus goes in full screen. The shortcuts themselves (which key
 * asks for what) are the table in `shortcuts.ts`; this controller only listens and hands the action to the player.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { shortcutFor, videoShortcutFor, type ShortcutAction } from './shortcuts.js';

export interface KeyboardHost extends ReactiveControllerHost, HTMLElement {
  /** Does what `action` asks; false when there is nothing to do it to, and the key is left to the page. */
  shortcut(action: ShortcutAction): boolean;
}

/** The focused element inside `root`, through shadow roots below it. */
function focusedIn(root: ShadowRoot): Element | null {
  let active = root.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/**
 * Listens for the player's shortcuts on its host element and hands each to `host.shortcut()`; keeps focus in the
 * player through full screen.
 */
export class PlayerKeyboard implements ReactiveController {
  /** The control that had focus when the viewer pressed f; it gets focus back when full screen ends. */
  private returnTo?: HTMLElement;

  constructor(private host: KeyboardHost) {
    host.addController(this);
    // On the host: key presses arrive only while focus is inside this player (WCAG 2.1.4).
    host.addEventListener('keydown', this.onKey);
    // ← and → on the video, before the video's own controls see them. Chromium's controls step 1% of the duration
    // (2.00 → 2.10 s on a 10 s clip), and they do it at the target, inside the video's own shadow tree, before the
    // key press bubbles out to the player: preventDefault on keydown there (or on keyup or keypress) is too late,
    // measured in Chromium 156. preventDefault in the capture phase, on the way in, stops it, in Chromium and in
    // Firefox (whose own step is 5 s, after the key press bubbled, and also stopped by preventDefault). So the
    // player takes both arrows here and does one 5 s step itself, the same in both browsers. Space is left to the
    // controls (the shortcuts table says why); ↑/↓ stay theirs, for the volume.
    host.addEventListener('keydown', this.onVideoKey, { capture: true });
    host.addEventListener('fullscreenchange', this.onFullscreenChange);
  }

  hostDisconnected() {
    document.removeEventListener('keydown', this.onFullscreenKey);
  }

  private onKey = (event: KeyboardEvent) => this.handle(event, shortcutFor(event));

  private onVideoKey = (event: KeyboardEvent) => this.handle(event, videoShortcutFor(event));

  private handle(event: KeyboardEvent, action: ShortcutAction | undefined) {
    if (!action) return;
    const root = this.host.shadowRoot;
    if (action === 'fullscreen' && root && !root.fullscreenElement) this.returnTo = (focusedIn(root) as HTMLElement | null) ?? undefined;
    if (this.host.shortcut(action)) event.preventDefault();
  }

  // In full screen Chromium sends key presses to <body> when focus is not on the video (an embed's iframe in full
  // screen, say): listen on the document while this player is all the viewer sees, so that f still works there.
  private onFullscreenKey = (event: KeyboardEvent) => {
    if (!event.composedPath().includes(this.host)) this.onKey(event);
  };

  /**
   * Both browsers take focus away from a control outside the element that goes full screen, and leave it on <body>
   * after: focus on "Back 10 seconds", f, f, and k did nothing until the viewer pressed Tab (WCAG 2.4.3). So the
   * video gets focus while it fills the screen (key presses reach the player from there), and the control that had
   * it gets it back afterwards, unless the viewer has put it somewhere else meanwhile.
   */
  private onFullscreenChange = () => {
    const root = this.host.shadowRoot;
    const full = root?.fullscreenElement;
    if (full) {
      document.addEventListener('keydown', this.onFullscreenKey);
      if (full.localName === 'video' && focusedIn(root) !== full) (full as HTMLElement).focus();
      return;
    }
    document.removeEventListener('keydown', this.onFullscreenKey);
    const returnTo = this.returnTo;
    this.returnTo = undefined;
    if (!root || !returnTo?.isConnected) return;
    const now = focusedIn(root);
    const dropped = now === null && this.host.ownerDocument.activeElement === this.host.ownerDocument.body;
    if (dropped || now?.localName === 'video') returnTo.focus();
  };
}
