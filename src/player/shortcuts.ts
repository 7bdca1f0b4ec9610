import { html } from 'lit';
import type { Messages } from '../i18n/index.js';

/**
 * Keyboard shortcuts. The player listens on its own host element, so a key press reaches it only while focus is
 * inside it (WCAG 2.1.4: single-key shortcuts active only on focus), and two players on a page never both react.
 */

/**
 * Every shortcut, as `KeyboardEvent.key` values, in the order the "?" list shows them, with the seconds it moves
 * playback by when it is a step. The key handler, the player's steps and the list all read this table, so they
 * cannot disagree; the Keyboard table of docs/elements.md says the same in words.
 */
export const SHORTCUTS = [
  { keys: ['k', ' '], action: 'toggle-play' },
  { keys: ['j'], action: 'back-10', step: -10 },
  { keys: ['l'], action: 'forward-10', step: 10 },
  { keys: ['ArrowLeft'], action: 'back-5', step: -5 },
  { keys: ['ArrowRight'], action: 'forward-5', step: 5 },
  { keys: ['f'], action: 'fullscreen' },
  { keys: ['m'], action: 'mute' },
  { keys: ['c'], action: 'captions' },
  { keys: ['t'], action: 'transcript' },
  { keys: ['?'], action: 'help' },
  { keys: ['Escape'], action: 'close' },
] as const;

export type ShortcutAction = (typeof SHORTCUTS)[number]['action'];

const ACTIONS = new Map<string, ShortcutAction>(SHORTCUTS.flatMap(({ keys, action }) => keys.map((key) => [key, action])));
const STEPS = new Map<ShortcutAction, number>(SHORTCUTS.flatMap((each) => ('step' in each ? [[each.action, each.step]] : [])));

/** The seconds `action` moves playback by, for the steps back and forward; `undefined` for every other action. */
export const stepOf = (action: ShortcutAction): number | undefined => STEPS.get(action);

/** Elements that use every key themselves (typing, choosing), and those that use Space and the arrows. */
const OWN_KEYS = 'input, textarea, select, [contenteditable]';
const OWN_SPACE = 'button, a[href], summary, [role="button"], video';

const modified = (event: KeyboardEvent) => event.ctrlKey || event.metaKey || event.altKey;

/** The shortcut `event` asks for, or `undefined` when the key belongs to the focused control or has modifiers. */
export function shortcutFor(event: KeyboardEvent): ShortcutAction | undefined {
  if (event.defaultPrevented || modified(event)) return undefined;
  const action = ACTIONS.get(event.key);
  if (!action) return undefined;
  const target = event.composedPath()[0];
  if (target instanceof Element) {
    // Esc closes the panel even from its search box or menu, unless a search box has text for Esc to clear first.
    if (action === 'close') return target instanceof HTMLInputElement && target.value ? undefined : action;
    if (target.closest(OWN_KEYS)) return undefined;
    // Space presses a focused button, and the video's own controls play and pause with it: Chromium's do that on
    // keyup whatever the page does with keydown, so the player leaves Space on the video to them in both browsers.
    if (event.key === ' ' && target.closest(OWN_SPACE)) return undefined;
    // ← and → on the video were taken on the way in (videoShortcutFor).
    if (event.key.startsWith('Arrow') && target.closest('video')) return undefined;
  }
  return action;
}

/**
 * The shortcut ← or → asks for while focus is on the video (or on one of its own controls), for a listener in the
 * capture phase: the player steps 5 s there too, as its list says, instead of the browser's own step (1% of the
 * duration in Chromium). `undefined` for every other key: ↑/↓ (volume) and Space stay the video's.
 */
export function videoShortcutFor(event: KeyboardEvent): ShortcutAction | undefined {
  if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return undefined;
  if (event.defaultPrevented || modified(event)) return undefined;
  const target = event.composedPath()[0];
  return target instanceof Element && target.localName === 'video' ? ACTIONS.get(event.key) : undefined;
}

/** A key as the list shows it: printed keys as they are, the others by name in the UI language. */
function keyLabel(key: string, t: Messages): string {
  const named: Record<string, string> = { ' ': t.keyNames.space, Escape: t.keyNames.escape, ArrowLeft: '←', ArrowRight: '→' };
  return named[key] ?? key;
}

/** The "?" panel: every shortcut and what it does. */
export function renderShortcuts(hidden: boolean, t: Messages, headingLevel: number) {
  return html`<section id="shortcuts" class="panel shortcuts" part="shortcuts" ?hidden=${hidden}
    aria-labelledby="shortcuts-heading">
    <div id="shortcuts-heading" class="panel-heading" role="heading" aria-level=${headingLevel}>${t.shortcuts}</div>
    <p>${t.shortcutsIntro}</p>
    <dl>
      ${SHORTCUTS.map(
        ({ keys, action }) =>
          html`<dt>${keys.map((key, at) => html`${at ? ' / ' : ''}<kbd>${keyLabel(key, t)}</kbd>`)}</dt>
            <dd>${t.shortcutNames[action]}</dd>`,
      )}
    </dl>
  </section>`;
}
