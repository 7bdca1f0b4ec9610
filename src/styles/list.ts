import { css } from 'lit';

/** `<rsp-training-list>`: laid out by the element's own width (container queries), not the viewport's. */
export const listStyles = css`
  :host {
    container-type: inline-size;
    --_gap: var(--rsp-gap, 1em);
    --_muted: var(--rsp-muted-color, #595959);
  }
  .layout {
    display: grid;
    gap: var(--_gap);
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em var(--_gap);
    align-items: end;
  }
  .search {
    flex: 1 1 16em;
    min-width: 0;
  }
  label {
    display: block;
    font-weight: bold;
    margin-block-end: 0.25em;
  }
  .option {
    font-weight: normal;
    display: flex;
    gap: 0.4em;
    align-items: baseline;
    padding-block: 0.15em;
  }
  /* A flex item never shrinks below its longest word unless told: a 300-character topic label then wraps instead. */
  .option span {
    min-width: 0;
  }
  .option .count {
    flex: none;
  }
  .option input:disabled {
    cursor: not-allowed;
  }
  .option input {
    margin: 0;
    width: 1.1em;
    height: 1.1em;
    flex: none;
    accent-color: var(--rsp-accent, #14558f);
  }
  .option.zero span,
  .count,
  .hint,
  .facts,
  .topics {
    color: var(--_muted);
  }
  input[type='search'],
  select {
    font: inherit;
    color: inherit;
    background: var(--rsp-input-background, transparent);
    border: 1px solid var(--rsp-border-color, #6b6b6b);
    border-radius: var(--rsp-radius, 0.25em);
    padding: 0.4em 0.5em;
    width: 100%;
    max-width: 100%;
  }
  .hint {
    font-size: 0.875em;
    margin: 0.25em 0 0;
  }
  .filters > summary {
    cursor: pointer;
    font-weight: bold;
    padding-block: 0.25em;
    color: var(--rsp-accent, #14558f);
  }
  .facets {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em var(--_gap);
    align-items: start;
    margin-block-start: 0.5em;
  }
  fieldset {
    border: 1px solid var(--rsp-card-border-color, #c8c8c8);
    border-radius: var(--rsp-radius, 0.25em);
    margin: 0;
    padding: 0.5em 0.75em;
    min-width: 0;
    max-width: 100%;
    flex: 1 1 12em;
  }
  legend {
    font-weight: bold;
    padding: 0 0.25em;
  }
  button.secondary,
  button.link {
    color: var(--rsp-accent, #14558f);
    background: transparent;
  }
  button.link {
    border: 0;
    padding: 0;
    text-align: start;
    text-decoration: underline;
    font-weight: bold;
  }
  .result-summary {
    margin: 0 0 0.75em;
    font-weight: bold;
  }
  .cards,
  .pages ul {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .cards {
    display: grid;
    gap: var(--_gap);
    grid-template-columns: 1fr;
  }
  /* The whole card is the title's target (a "stretched link"): the title's link or button covers the card with a
     pseudo-element, so the card stays one tab stop with one accessible name, and its text is not read as part of
     the link. The focus ring stays on the title, where the name is. */
  .card {
    position: relative;
    height: 100%;
    display: flex;
    flex-direction: column;
    border: 1px solid var(--rsp-card-border-color, #c8c8c8);
    border-radius: var(--rsp-radius, 0.25em);
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
    background: var(--rsp-placeholder-background, #e8e8e8);
  }
  .cover {
    display: flex;
    flex-direction: column;
    justify-content: center;
    gap: 0.2em;
    padding: 0.75em 1em;
    overflow: hidden;
    background: var(--rsp-badge-background, #e6f0f8);
    color: var(--rsp-badge-color, #0c3a63);
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
    color: var(--rsp-accent, #14558f);
  }
  .title :is(a, button)::after {
    content: '';
    position: absolute;
    inset: 0;
  }
  .facts,
  .topics,
  .includes {
    font-size: 0.875em;
  }
  mark {
    background: var(--rsp-mark-background, #fff0a8);
    color: inherit;
  }
  .badge {
    justify-self: start;
    font-size: 0.875em;
    padding: 0.1em 0.5em;
    border-radius: 1em;
    background: var(--rsp-badge-background, #e6f0f8);
    color: var(--rsp-badge-color, #0c3a63);
  }
  .badge.done {
    background: var(--rsp-badge-done-background, #e3f1e6);
    color: var(--rsp-badge-done-color, #1d5e2c);
  }
  .credits {
    display: block;
  }
  .pages ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4em;
    align-items: center;
    margin-block-start: var(--_gap);
  }
  .pages button[aria-current='page'] {
    color: var(--rsp-button-color, #fff);
    background: var(--rsp-accent, #14558f);
  }
  button[disabled] {
    opacity: 0.55;
    cursor: default;
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
    background: var(--rsp-placeholder-background, #e8e8e8);
    border-radius: 0.25em;
  }
  .skeleton .bar.short {
    width: 60%;
  }
  .skeleton .card {
    min-height: 16em;
  }
  @container (min-width: 34em) {
    .cards {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
  }
  @container (min-width: 52em) {
    .cards {
      grid-template-columns: repeat(3, minmax(0, 1fr));
    }
    /* Results, then filters, in the DOM and on screen (see render()): the filters take the inline-end column. */
    .layout.with-filters {
      grid-template-columns: minmax(0, 1fr) 15em;
    }
    .to-filters {
      display: none;
    }
    .layout.with-filters .controls {
      grid-column: 1 / -1;
    }
    .layout.with-filters .facets {
      flex-direction: column;
      align-items: stretch;
    }
    .layout.with-filters fieldset {
      flex: none;
    }
    .layout.with-filters .cards {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
  }
  @container (min-width: 72em) {
    .cards,
    .layout.with-filters .cards {
      grid-template-columns: repeat(3, minmax(0, 1fr));
    }
  }
  @container (min-width: 90em) {
    .cards,
    .layout.with-filters .cards {
      grid-template-columns: repeat(4, minmax(0, 1fr));
    }
  }
  :host([layout='list']) .cards {
    grid-template-columns: 1fr;
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
    .pages button[aria-current='page'] {
      border-width: 3px;
    }
  }
`;
