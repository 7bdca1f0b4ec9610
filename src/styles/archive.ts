import { css } from 'lit';

/** `<rsp-archive>`: the view headings and the Back link; the detail view brings its own styles (styles/detail.ts). */
export const archiveStyles = css`
  :host {
    container-type: inline-size;
  }
  .view-title,
  .view-heading {
    font-size: 1.5em;
    font-weight: bold;
    line-height: 1.25;
    margin: 0 0 0.5em;
  }
  .back {
    margin: 0 0 1em;
  }
  a,
  button.link {
    color: var(--_accent);
  }
  button.link {
    background: none;
    border: 0;
    padding: 0;
    font: inherit;
    text-decoration: underline;
    text-align: start;
  }
`;
