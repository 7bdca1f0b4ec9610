/**
 * The player's toolbar: back 10 s, speed, captions, the panel toggles, audio description, previous/next session and
 * the shortcuts. Each media control is an icon with its name in text (read by screen readers, shown as a tooltip), so
 * the whole toolbar stays on one line from 768 px of player width in English and Spanish.
 */
import { html, nothing } from 'lit';
import type { Video } from '../catalog/normalize.js';
import { formatSpeed } from '../i18n/format.js';
import type { Locale } from '../i18n/index.js';
import { icon, type IconName } from './icons.js';
import type { CaptionStyles } from './caption-style.js';
import type { AudioDescriptions } from './descriptions.js';
import type { SessionMedia } from './media.js';

export const SPEEDS = [0.75, 1, 1.25, 1.5, 1.75, 2];

/** The panels a toolbar button opens. */
export type Panel = 'transcript' | 'chapters' | 'shortcuts';

export interface Toolbar {
  locale: Locale;
  media: SessionMedia;
  descriptions: AudioDescriptions;
  captionStyle: CaptionStyles;
  open: Record<Panel, boolean>;
  toggle(panel: Panel): void;
}

const named = (name: IconName, label: string) => html`${icon(name)}<span class="visually-hidden">${label}</span>`;

/** The button that shows or hides `panel`. */
export function panelToggle(panel: Panel, name: IconName, label: string, { open, toggle }: Toolbar) {
  return html`<button type="button" class="tool" part="button" title=${label} aria-expanded=${open[panel]}
    aria-controls=${panel} @click=${() => toggle(panel)}>${named(name, label)}</button>`;
}

const chosen = (event: Event) => Number((event.target as HTMLSelectElement).value);

/** Every control for `video` but previous/next session and the shortcuts. */
export function mediaControls(video: Video, toolbar: Toolbar) {
  const { media, descriptions } = toolbar;
  const { t, lang } = toolbar.locale;
  const native = !!video.sources;
  return html`${native
      ? html`<button type="button" class="tool" part="button" title=${t.back10} @click=${() => media.skip(-10)}>
            ${named('back10', t.back10)}
          </button>
          <label class="menu" title=${t.speed}>${named('speed', t.speed)}
            <select @change=${(event: Event) => media.setSpeed(chosen(event))}>
              ${SPEEDS.map((speed) => html`<option value=${speed} .selected=${speed === media.speed}>${formatSpeed(speed, lang)}</option>`)}
            </select></label>
          ${video.captions.length
            ? html`<label class="menu" title=${t.captions}>${named('captions', t.captions)}
                <select @change=${(event: Event) => media.showCaptions(chosen(event))}>
                  <option value="-1" .selected=${media.captionIndex < 0}>${t.captionsOff}</option>
                  ${video.captions.map((track, at) => html`<option value=${at} .selected=${at === media.captionIndex}>${track.label}</option>`)}
                </select></label>
              ${toolbar.captionStyle.render(t, named('captionStyle', t.captionStyle))}`
            : nothing}`
      : nothing}
    ${video.transcript ? panelToggle('transcript', 'transcript', t.transcript, toolbar) : nothing}
    ${video.chapters ? panelToggle('chapters', 'chapters', t.chapters, toolbar) : nothing}
    ${native && video.descriptions
      ? html`<button type="button" class="tool" part="button" title=${t.audioDescription} aria-pressed=${descriptions.describing}
          @click=${() => descriptions.toggle(video.descriptions)}>${named('audioDescription', t.audioDescription)}</button>`
      : nothing}`;
}

/** Where the session shown is among its training's, and how to ask for another (the host decides, see the player). */
export interface SessionSteps {
  index: number;
  count: number;
  go(index: number): void;
}

/**
 * The whole toolbar: the media controls when there is a video, previous/next session when there are several, and
 * the shortcuts toggle. `announcement` is said politely after previous/next changed the session.
 */
export function renderToolbar(video: Video | undefined, sessions: SessionSteps, announcement: string, toolbar: Toolbar) {
  const { t } = toolbar.locale;
  const { index, count, go } = sessions;
  // At either end the button stays focusable with aria-disabled rather than `disabled`: a disabled button under
  // focus drops focus to <body> (WCAG 2.4.3), and moving it to the other button would make a repeated Enter go back.
  const end = (disabled: boolean) => (disabled ? 'true' : nothing);
  return html`<div class="toolbar" part="toolbar" role="toolbar" aria-label=${t.playerControls}>
      ${video ? mediaControls(video, toolbar) : nothing}
      ${count > 1
        ? html`<button type="button" part="button" aria-disabled=${end(index === 0)} @click=${() => go(index - 1)}>${t.previousSession}</button>
            <button type="button" part="button" aria-disabled=${end(index === count - 1)} @click=${() => go(index + 1)}>${t.nextSession}</button>`
        : nothing}
      ${video ? panelToggle('shortcuts', 'shortcuts', t.shortcuts, toolbar) : nothing}
    </div>
    <p class="live" role="status">${announcement}</p>`;
}
