import { css } from 'lit';

/**
 * `<rsp-training-list>`: laid out by the element's own width (container queries), not the viewport's — the search
 * and sort controls, the filters, the grid of cards and the pages. The cards themselves are in `card.ts`.
 */
export const listStyles = css`
  :host {
    container-type: inline-size;
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
    accent-color: var(--_accent);
  }
  .option.zero span,
  .count,
  .hint {
    color: var(--_muted-color);
  }
  input[type='search'],
  select {
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
    color: var(--_accent);
  }
  .facets {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em var(--_gap);
    align-items: start;
    margin-block-start: 0.5em;
  }
  fieldset {
    border: 1px solid var(--_card-border-color);
    border-radius: var(--_radius);
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
  /* The pages' buttons, "Go to filters", and a card's title when it is a button (see card.ts). */
  button.secondary,
  button.link {
    color: var(--_accent);
    background: transparent;
  }
  .result-summary {
    margin: 0 0 0.75em;
    font-weight: bold;
  }
  /* "Said in the recordings": one line per moment, the time first, the training under it. */
  .said {
    margin-block-start: calc(var(--_gap) * 1.5);
  }
  .said-heading {
    font-weight: bold;
    margin-block-end: 0.5em;
  }
  .moments {
    display: grid;
    gap: 0.5em;
  }
  .moment {
    display: block;
    min-block-size: 24px;
    text-align: start;
    padding: 0.25em 0;
  }
  .moment-when {
    font-variant-numeric: tabular-nums;
    font-weight: bold;
  }
  .moment-training {
    display: block;
    color: var(--_muted-color);
    font-size: 0.9em;
  }
  .cards,
  .moments,
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
  .pages ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4em;
    align-items: center;
    margin-block-start: var(--_gap);
  }
  .pages button[aria-current='page'] {
    color: var(--_button-color);
    background: var(--_accent);
  }
  button[disabled] {
    opacity: 0.55;
    cursor: default;
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
  @media (forced-colors: active) {
    .pages button[aria-current='page'] {
      border-width: 3px;
    }
  }
`;
