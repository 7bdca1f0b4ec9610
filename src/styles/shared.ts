import { css } from 'lit';

/**
 * Styles every element shares: inherit the host page's font and colour, keep the `hidden` attribute working
 * whatever the host's CSS says, visible focus, and the status/error blocks of `CatalogController`.
 */
export const sharedStyles = css`
  :host {
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
    color: var(--rsp-button-color, #fff);
    background: var(--rsp-accent, #14558f);
    border: 1px solid var(--rsp-accent, #14558f);
    border-radius: var(--rsp-radius, 0.25em);
    padding: 0.4em 0.9em;
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
    border: 1px solid var(--rsp-border-color, #6b6b6b);
    border-radius: var(--rsp-radius, 0.25em);
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
