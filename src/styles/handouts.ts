import { css } from 'lit';

/** `<rsp-handouts>`: a list of material links, each with its file-type icon, details and "Accessible PDF" mark. */
export const handoutsStyles = css`
  .group + .group {
    margin-block-start: 1em;
  }
  .heading {
    font-weight: bold;
    margin: 0 0 0.4em;
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.5em;
  }
  li {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 0.5em;
    align-items: baseline;
    overflow-wrap: anywhere;
  }
  a {
    color: var(--rsp-accent, #14558f);
    display: inline-flex;
    gap: 0.4em;
    align-items: baseline;
  }
  .icon {
    width: 1em;
    height: 1em;
    flex: none;
    align-self: center;
    fill: currentColor;
  }
  .details {
    color: var(--rsp-muted-color, #595959);
  }
  .tagged {
    font-size: 0.875em;
    padding: 0 0.45em;
    border-radius: 1em;
    background: var(--rsp-badge-background, #e3f1e6);
    color: var(--rsp-badge-color, #1d5e2c);
  }
  @media (forced-colors: active) {
    .tagged {
      border: 1px solid CanvasText;
    }
  }
`;
