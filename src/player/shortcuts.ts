import { html } from 'lit';
import type { Messages } from '../i18n/index.js';

/**
 * Keyboard shortcuts. The player listens on its own host element, so a key press reaches it only while focus is
 * inside it (WCAG 2.1.4: single-key shortcuts active only on focus), and two players on a page never both react.
 */

export type ShortcutAction = 'toggle-play' | 'back-10' | 'forward-10' | 'back-5' | 'forward-5' | 'captions' | 'transcript' | 'help';

/** Keys in the order the "?" list shows them. */
export const SHORTCUTS: readonly { keys: readonly string[]; action: ShortcutAction }[] = [
  { keys: ['k', 'Space'], action: 'toggle-play' },
  { keys: ['j'], action: 'back-10' },
  { keys: ['l'], action: 'forward-10' },
  { keys: ['←'], action: 'back-5' },
  { keys: ['→'], action: 'forward-5' },
  { keys: ['c'], action: 'captions' },
  { keys: ['t'], action: 'transcript' },
  { keys: ['?'], action: 'help' },
];

const KEYS: Record<string, ShortcutAction> = {
  k: 'toggle-play',
  ' ': 'toggle-play',
  j: 'back-10',
  l: 'forward-10',
  ArrowLeft: 'back-5',
  ArrowRight: 'forward-5',
  c: 'captions',
  t: 'transcript',
  '?': 'help',
};

/** Elements that use every key themselves (typing, choosing), and those that use Space and the arrows. */
const OWN_KEYS = 'input, textarea, select, [contenteditable]';
const OWN_SPACE = 'button, a[href], summary, [role="button"], video';

/** The shortcut `event` asks for, or `undefined` when the key belongs to the focused control or has modifiers. */
export function shortcutFor(event: KeyboardEvent): ShortcutAction | undefined {
  if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return undefined;
  const action = KEYS[event.key];
  if (!action) return undefined;
  const target = event.composedPath()[0];
  if (target instanceof Element) {
    if (target.closest(OWN_KEYS)) return undefined;
    // Space presses a focused button; the native video controls already handle Space and the arrows themselves.
    if (event.key === ' ' && target.closest(OWN_SPACE)) return undefined;
    if (event.key.startsWith('Arrow') && target.closest('video')) return undefined;
  }
  return action;
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
          html`<dt>${keys.map((key, at) => html`${at ? ' / ' : ''}<kbd>${key}</kbd>`)}</dt>
            <dd>${t.shortcutNames[action]}</dd>`,
      )}
    </dl>
  </section>`;
}
