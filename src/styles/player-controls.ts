import { css } from 'lit';

/**
 * `<rsp-training-player>`'s toolbar and form controls (menus, the search box, secondary buttons). Reads the
 * `--_muted` and `--_border` the player sheet sets on the host.
 */
export const playerControlStyles = css`
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
  /* Caption style: a toolbar button whose choices open over the video, so the player is no taller for it. */
  .caption-style {
    position: relative;
    display: inline-flex;
  }
  .caption-style > summary {
    list-style: none;
    cursor: pointer;
  }
  .caption-style > summary::-webkit-details-marker {
    display: none;
  }
  .caption-style[open] > summary {
    outline: 2px solid currentColor;
    outline-offset: -2px;
  }
  .caption-style-choices {
    position: absolute;
    inset-block-end: calc(100% + 0.25em);
    inset-inline-start: 0;
    z-index: 2;
    display: grid;
    gap: 0.5em;
    inline-size: max-content;
    max-inline-size: min(18em, 80vw);
    padding: 0.75em;
    background: Canvas;
    color: CanvasText;
    border: 1px solid var(--_border-color);
    border-radius: var(--_radius);
  }
  .caption-style-choices label {
    display: grid;
    gap: 0.2em;
  }
  .caption-style-choices select,
  .caption-style-choices button {
    min-block-size: 1.75em;
    font: inherit;
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
    color: var(--_muted-color);
  }
  select,
  input[type='search'] {
    padding: 0.3em 0.4em;
  }
  button.secondary,
  .toolbar button {
    color: var(--_accent);
    background: var(--rsp-secondary-background, transparent);
    border-color: var(--_border-color);
  }
  .toolbar button[aria-pressed='true'],
  .toolbar button[aria-expanded='true'] {
    color: var(--_button-color);
    background: var(--_accent);
  }
  button:disabled,
  button[aria-disabled='true'] {
    cursor: default;
    opacity: 0.6;
  }
  @media (forced-colors: active) {
    .toolbar button[aria-pressed='true'],
    .toolbar button[aria-expanded='true'] {
      background: Highlight;
      color: HighlightText;
    }
  }
`;
