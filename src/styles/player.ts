import { css } from 'lit';

/** `<rsp-training-player>`: laid out by its own width (container queries); panels go beside the video when wide. */
export const playerStyles = css`
  :host {
    container-type: inline-size;
    --_gap: var(--rsp-gap, 1em);
    --_muted: var(--rsp-muted-color, #595959);
    --_border: var(--rsp-border-color, #6b6b6b);
  }
  .title,
  .panel-heading {
    margin: 0 0 0.25em;
    line-height: 1.25;
    font-weight: bold;
  }
  .title {
    font-size: 1.4em;
  }
  .panel-heading {
    font-size: 1.1em;
  }
  .header {
    margin-block-end: var(--_gap);
  }
  .header p {
    margin: 0.15em 0;
  }
  .meta {
    color: var(--_muted);
  }
  .layout {
    display: grid;
    gap: var(--_gap);
    /* What must fit in the window with the video, with the player's top at the window's top: the header above it
       and the toolbar below (measured at 1280×800 … 1536×864; see "fits the video" in the tests). */
    --_above: 0em;
    /* The toolbar: its margins (1em), a control's padding and border (0.8em + 2px) and one line of text. */
    --_below: 3.75em;
  }
  @supports (height: 1lh) {
    .layout {
      /* In lines, so a theme's taller line-height (WordPress, mass.gov: 1.5–1.7) still leaves the toolbar in view. */
      --_below: calc(1lh + 1.8em + 4px);
    }
  }
  /* The panels' column, with no panel open, is empty: no grid gap for it under the toolbar. */
  .layout:not(.with-panel) > div + div {
    display: none;
  }
  .layout.header-session {
    --_above: 3em;
  }
  .layout.header-full {
    --_above: 9em;
  }
  @container (min-width: 52em) {
    .layout.with-panel {
      grid-template-columns: minmax(0, 2fr) minmax(16em, 1fr);
    }
  }
  .stage {
    position: relative;
    /* Reserved before anything loads: no layout shift when the video or the iframe arrives. */
    aspect-ratio: var(--rsp-video-aspect-ratio, 16 / 9);
    /* Never taller than the window leaves room for: the height limit narrows the box through its aspect ratio, and
       the box is centred. Not below 12em, where a landscape phone would leave the video too small to use. */
    max-height: max(12em, calc(100vh - var(--_above) - var(--_below)));
    max-height: max(12em, calc(100dvh - var(--_above) - var(--_below)));
    margin-inline: auto;
    background: var(--rsp-video-background, #000);
    border-radius: var(--rsp-radius, 0.25em);
    overflow: hidden;
  }
  .media,
  video,
  iframe,
  .facade,
  .facade img {
    display: block;
    width: 100%;
    height: 100%;
    border: 0;
  }
  video {
    object-fit: contain;
  }
  .facade img {
    position: absolute;
    inset: 0;
    object-fit: cover;
  }
  .facade {
    position: relative;
    padding: 0;
    background: transparent;
    border-radius: 0;
  }
  .facade .label {
    position: absolute;
    inset: auto 0 0 0;
    padding: 0.75em 1em;
    background: rgb(0 0 0 / 0.8);
    color: #fff;
    text-align: start;
  }
  .facade .label::before {
    content: '▶';
    margin-inline-end: 0.5em;
  }
  /* A large round play mark in the middle: the whole facade is the button, this says so at a glance. */
  .facade::before,
  .facade::after {
    content: '';
    position: absolute;
    left: 50%;
    top: 45%;
  }
  .facade::before {
    width: 4.5em;
    height: 4.5em;
    margin: -2.25em 0 0 -2.25em;
    border-radius: 50%;
    border: 0.15em solid #fff;
    background: rgb(0 0 0 / 0.75);
  }
  .facade::after {
    width: 1.5em;
    height: 1.75em;
    margin: -0.875em 0 0 -0.5em;
    background: #fff;
    clip-path: polygon(0 0, 100% 50%, 0 100%);
  }
  .facade:hover::before,
  .facade:focus-visible::before {
    background: var(--rsp-accent, #14558f);
  }
  @media (forced-colors: active) {
    .facade::before,
    .facade::after {
      forced-color-adjust: none;
    }
    .facade::before {
      background: ButtonFace;
      border-color: ButtonText;
    }
    .facade::after {
      background: ButtonText;
    }
  }
  .overlay {
    position: absolute;
    inset: 0;
    display: grid;
    place-content: center;
    gap: 0.5em;
    padding: var(--_gap);
    background: var(--rsp-overlay-background, rgb(0 0 0 / 0.85));
    color: #fff;
    overflow: auto;
  }
  .overlay p {
    margin: 0;
    max-width: 40em;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em;
    align-items: center;
    margin-block: 0.5em;
  }
  .toolbar label {
    display: inline-flex;
    gap: 0.2em;
    align-items: center;
  }
  .toolbar select {
    padding-inline: 0.3em;
  }
  /* Compact: an icon each, the name in text for screen readers and in a tooltip. 24 × 24 px at least (WCAG 2.5.8). */
  .toolbar button {
    padding-inline: 0.5em;
  }
  .toolbar .tool {
    position: relative;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-width: 24px;
    min-height: 24px;
    padding: 0.2em;
  }
  .icon {
    width: 1.25em;
    height: 1.25em;
    flex: none;
    fill: currentColor;
  }
  .menu {
    position: relative;
  }
  .menu .icon {
    color: var(--_muted);
  }
  select,
  input[type='search'] {
    font: inherit;
    color: inherit;
    background: var(--rsp-input-background, transparent);
    border: 1px solid var(--_border);
    border-radius: var(--rsp-radius, 0.25em);
    padding: 0.3em 0.4em;
  }
  button.secondary,
  .toolbar button {
    color: var(--rsp-accent, #14558f);
    background: var(--rsp-secondary-background, transparent);
    border-color: var(--_border);
  }
  .toolbar button[aria-pressed='true'],
  .toolbar button[aria-expanded='true'] {
    color: var(--rsp-button-color, #fff);
    background: var(--rsp-accent, #14558f);
  }
  button:disabled,
  button[aria-disabled='true'] {
    cursor: default;
    opacity: 0.6;
  }
  .resume,
  .note {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: center;
    margin-block: 0.5em;
  }
  .note {
    color: var(--_muted);
  }
  .panel {
    border: 1px solid var(--_border);
    border-radius: var(--rsp-radius, 0.25em);
    padding: 0.75em;
    margin-block-end: var(--_gap);
  }
  .search {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4em;
    align-items: center;
    margin-block-end: 0.5em;
  }
  .cues {
    position: relative;
    list-style: none;
    margin: 0 0 0.5em;
    padding: 0;
    max-height: var(--rsp-transcript-height, 20em);
    overflow: auto;
  }
  .chapters .cues {
    max-height: none;
  }
  /* The transcript is windowed (src/player/cue-window.ts): its list scrolls in a box of its own, the space of the
     cues not rendered being the list's padding. The window corrects the scroll itself as rows are measured, so the
     browser's own scroll anchoring would correct twice. */
  .cue-scroller {
    position: relative;
    margin: 0 0 0.5em;
    max-height: var(--rsp-transcript-height, 20em);
    overflow: auto;
    overflow-anchor: none;
  }
  .transcript .cues {
    position: static;
    margin: 0;
    max-height: none;
    overflow: visible;
  }
  .cue {
    display: flex;
    gap: 0.75em;
    width: 100%;
    text-align: start;
    color: inherit;
    background: transparent;
    border: 0;
    border-radius: 0;
    border-inline-start: 0.25em solid transparent;
    padding: 0.3em 0.5em;
  }
  .cue .time {
    color: var(--_muted);
    font-variant-numeric: tabular-nums;
    flex: none;
  }
  .cue[aria-current] {
    border-inline-start-color: var(--rsp-accent, #14558f);
    background: var(--rsp-highlight-background, #e8f1f8);
  }
  .cue.active-match {
    outline: 2px dashed var(--rsp-accent, #14558f);
    outline-offset: -2px;
  }
  mark {
    background: var(--rsp-mark-background, #fde68a);
    color: inherit;
  }
  .shortcuts dl {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 0.25em 1em;
    margin: 0;
  }
  .shortcuts dd {
    margin: 0;
  }
  kbd {
    font: inherit;
    border: 1px solid var(--_border);
    border-radius: 0.2em;
    padding: 0 0.3em;
  }
  .error a {
    color: var(--rsp-accent, #14558f);
  }
  @media (prefers-reduced-motion: reduce) {
    .cues,
    .cue-scroller {
      scroll-behavior: auto;
    }
  }
  @media (forced-colors: active) {
    .cue[aria-current] {
      border-inline-start-color: Highlight;
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
    .toolbar button[aria-pressed='true'],
    .toolbar button[aria-expanded='true'] {
      background: Highlight;
      color: HighlightText;
    }
  }
`;
