import { css } from 'lit';

/**
 * Styles every element shares: inherit the host page's font and colour, keep the `hidden` attribute working
 * whatever the host's CSS says, visible focus, and the status/error blocks of `CatalogController`.
 */
export const sharedStyles = css`
  /* The default of every design token used in more than one place, once: each element's sheets read the private
     --_<name>. A token used in one place only keeps its default there. */
  :host {
    --_accent: var(--rsp-accent, #14558f);
    --_badge-background: var(--rsp-badge-background, #e6f0f8);
    --_badge-color: var(--rsp-badge-color, #0c3a63);
    --_badge-done-background: var(--rsp-badge-done-background, #e3f1e6);
    --_badge-done-color: var(--rsp-badge-done-color, #1d5e2c);
    --_border-color: var(--rsp-border-color, #6b6b6b);
    --_button-color: var(--rsp-button-color, #fff);
    --_card-border-color: var(--rsp-card-border-color, #c8c8c8);
    --_gap: var(--rsp-gap, 1em);
    --_input-background: var(--rsp-input-background, transparent);
    --_mark-background: var(--rsp-mark-background, #fff0a8);
    --_muted-color: var(--rsp-muted-color, #595959);
    --_placeholder-background: var(--rsp-placeholder-background, #e8e8e8);
    --_radius: var(--rsp-radius, 0.25em);
    --_transcript-height: var(--rsp-transcript-height, 20em);
    display: block;
    font: inherit;
    color: inherit;
    box-sizing: border-box;
    /* A 10,000-character word in a catalog title wraps instead of widening the element (and the host page). */
    overflow-wrap: break-word;
  }
  :host([hidden]),
  [hidden] {
    display: none !important;
  }
  /* border-box here, not "inherit": a host page's "* { box-sizing: content-box }" reaches the host element itself. */
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  :focus-visible {
    outline: var(--rsp-focus-width, 3px) solid var(--rsp-focus-color, #3e94cf);
    outline-offset: 2px;
  }
  button {
    font: inherit;
    cursor: pointer;
    color: var(--_button-color);
    background: var(--_accent);
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
    padding: 0.4em 0.9em;
  }
  /* The search boxes and menus of the list and the player (each sets its own padding). */
  input[type='search'],
  select {
    font: inherit;
    color: inherit;
    background: var(--_input-background);
    border: 1px solid var(--_border-color);
    border-radius: var(--_radius);
  }
  /* Read by screen readers, never shown: a live region repeats for the ear what the page already shows (the result
     count, the new heading), and out of the flow it cannot push the search box down when it fills (WCAG 4.1.3). */
  .visually-hidden,
  .live {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .notice,
  .error p {
    margin: 0 0 0.5em;
  }
  .notice,
  .error {
    padding: 0.75em 1em;
    border: 1px solid var(--_border-color);
    border-radius: var(--_radius);
    margin: 0 0 1em;
  }
  .error {
    border-inline-start: 0.35em solid var(--rsp-error-color, #b00020);
  }
  .error-heading {
    font-weight: bold;
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      transition-duration: 0s !important;
      animation-duration: 0s !important;
      animation-iteration-count: 1 !important;
      scroll-behavior: auto !important;
    }
  }
  @media (forced-colors: active) {
    button {
      border-color: ButtonText;
    }
  }
`;
