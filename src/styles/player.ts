import { css } from 'lit';

/**
 * `<rsp-training-player>`: laid out by its own width (container queries); panels go beside the video when wide. This
 * sheet is the frame: header, layout, the stage with its video or facade and the advisory over it, the notes below.
 * `player-controls.ts` styles the toolbar and form controls, `transcript.ts` the panels.
 */
export const playerStyles = css`
  :host {
    container-type: inline-size;
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
    color: var(--_muted-color);
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
    border-radius: var(--_radius);
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
    background: var(--_accent);
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
  .describe-settings {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1.5em;
    margin-block: 0.5em;
  }
  /* Each choice a 24 px target at least (WCAG 2.5.8), its text part of it. */
  .describe-settings label {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    min-block-size: 1.75em;
    cursor: pointer;
  }
  .describe-settings input {
    inline-size: 1.15em;
    block-size: 1.15em;
    margin: 0;
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
    color: var(--_muted-color);
  }
  .error a {
    color: var(--_accent);
  }
`;
