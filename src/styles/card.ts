import { css } from 'lit';

/**
 * A training card of `<rsp-training-list>`, and the grey cards shown while the catalog loads: the picture or cover,
 * the title whose link covers the card, the facts, matched words and the progress badge. Adopted after `listStyles`,
 * whose container queries place the cards.
 */
export const cardStyles = css`
  /* The whole card is the title's target (a "stretched link"): the title's link or button covers the card with a
     pseudo-element, so the card stays one tab stop with one accessible name, and its text is not read as part of
     the link. The focus ring stays on the title, where the name is. */
  .card {
    position: relative;
    height: 100%;
    display: flex;
    flex-direction: column;
    border: 1px solid var(--_card-border-color);
    border-radius: var(--_radius);
    background: var(--rsp-card-background, transparent);
    overflow: hidden;
    overflow-wrap: anywhere;
    transition: box-shadow 0.15s ease-out;
  }
  .card:hover,
  .card:focus-within {
    box-shadow: 0 0.15em 0.6em rgb(0 0 0 / 0.18);
  }
  .thumbnail {
    display: block;
    width: 100%;
    height: auto;
    aspect-ratio: 16 / 9;
    object-fit: cover;
    background: var(--_placeholder-background);
  }
  .cover {
    display: flex;
    flex-direction: column;
    justify-content: center;
    gap: 0.2em;
    padding: 0.75em 1em;
    overflow: hidden;
    background: var(--_badge-background);
    color: var(--_badge-color);
    line-height: 1.2;
  }
  .cover-format {
    font-size: 1.6em;
    font-weight: bold;
  }
  .body {
    padding: 0.75em 1em 1em;
    display: grid;
    gap: 0.35em;
    align-content: start;
  }
  .body p {
    margin: 0;
  }
  .title {
    font-size: 1.125em;
    line-height: 1.3;
  }
  .title a {
    color: var(--_accent);
  }
  .title :is(a, button)::after {
    content: '';
    position: absolute;
    inset: 0;
  }
  /* The title as a button, when the list has no href-template: it looks like the link it acts as (its colour is
     the list's, with the secondary buttons). */
  button.link {
    border: 0;
    padding: 0;
    text-align: start;
    text-decoration: underline;
    font-weight: bold;
  }
  /* --_muted is the list's (its :host). */
  .facts,
  .topics {
    color: var(--_muted-color);
  }
  .facts,
  .topics,
  .includes {
    font-size: 0.875em;
  }
  mark {
    background: var(--_mark-background);
    color: inherit;
  }
  .badge {
    justify-self: start;
    font-size: 0.875em;
    padding: 0.1em 0.5em;
    border-radius: 1em;
    background: var(--_badge-background);
    color: var(--_badge-color);
  }
  .badge.done {
    background: var(--_badge-done-background);
    color: var(--_badge-done-color);
  }
  .credits {
    display: block;
  }
  .skeleton .bar,
  .skeleton .thumbnail {
    animation: pulse 1.2s ease-in-out infinite alternate;
  }
  @keyframes pulse {
    to {
      opacity: 0.55;
    }
  }
  .skeleton .bar {
    height: 1em;
    background: var(--_placeholder-background);
    border-radius: 0.25em;
  }
  .skeleton .bar.short {
    width: 60%;
  }
  .skeleton .card {
    min-height: 16em;
  }
  @container (min-width: 34em) {
    :host([layout='list']) .card {
      flex-direction: row;
    }
    /* Not stretched to the row's height, which made object-fit crop the picture: the whole picture, at its ratio. */
    :host([layout='list']) .thumbnail {
      width: 12em;
      flex: none;
      align-self: flex-start;
      object-fit: contain;
    }
  }
  @media (forced-colors: active) {
    .badge,
    .cover,
    mark {
      border: 1px solid CanvasText;
    }
  }
`;
