import { css } from 'lit';

/** `<rsp-archive>`: the detail view's layout by the element's own width. */
export const archiveStyles = css`
  :host {
    container-type: inline-size;
    --_gap: var(--rsp-gap, 1em);
  }
  .view-title,
  .view-heading {
    font-size: 1.5em;
    font-weight: bold;
    line-height: 1.25;
    margin: 0 0 0.5em;
  }
  .section-heading {
    font-size: 1.2em;
    font-weight: bold;
    margin: 1em 0 0.5em;
  }
  .subtitle {
    font-size: 1.1em;
    margin: -0.25em 0 0.5em;
  }
  .facts,
  .muted,
  .affiliation {
    color: var(--rsp-muted-color, #595959);
  }
  .back {
    margin: 0 0 1em;
  }
  a,
  button.link {
    color: var(--rsp-accent, #14558f);
  }
  button.link {
    background: none;
    border: 0;
    padding: 0;
    font: inherit;
    text-decoration: underline;
    text-align: start;
  }
  [aria-current='true'] {
    font-weight: bold;
  }
  .chips {
    list-style: none;
    padding: 0;
    margin: 0 0 0.75em;
    display: flex;
    flex-wrap: wrap;
    gap: 0.4em 0.8em;
  }
  .chips-label {
    font-weight: bold;
    margin: 0.75em 0 0.25em;
  }
  .sessions {
    margin: 0;
    padding-inline-start: 1.5em;
    display: grid;
    gap: 0.35em;
  }
  .detail,
  .columns,
  .about,
  .aside {
    min-width: 0;
    overflow-wrap: anywhere;
  }
  rsp-training-player {
    margin-block: var(--_gap);
  }
  .columns {
    display: grid;
    gap: 0 calc(var(--_gap) * 2);
  }
  @container (min-width: 50em) {
    .columns {
      grid-template-columns: minmax(0, 3fr) minmax(0, 2fr);
    }
  }
`;
