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
    color: var(--_accent);
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
    color: var(--_muted-color);
  }
  .tagged {
    font-size: 0.875em;
    padding: 0 0.45em;
    border-radius: 1em;
    background: var(--_badge-done-background);
    color: var(--_badge-done-color);
  }
  @media (forced-colors: active) {
    .tagged {
      border: 1px solid CanvasText;
    }
  }
`;
