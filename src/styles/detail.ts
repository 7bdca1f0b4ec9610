import { css } from 'lit';

/**
 * The detail view of `<rsp-archive>`, laid out by the element's own width. A lazy chunk with the detail view's code,
 * adopted by the archive's shadow root when that code arrives (a constructable style sheet, which a CSP without
 * 'unsafe-inline' allows, where a <style> element would be refused).
 */
export const detailStyles = css`
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
    color: var(--_muted-color);
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
