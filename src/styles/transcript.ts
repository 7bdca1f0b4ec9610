import { css } from 'lit';

/**
 * `<rsp-training-player>`'s panels: the transcript (windowed, in a scrolling box of its own), the chapters and the
 * shortcuts list, with the current cue and search matches marked. Reads the `--_gap`, `--_muted` and `--_border` the
 * player sheet sets on the host.
 */
export const transcriptStyles = css`
  .panel {
    border: 1px solid var(--_border-color);
    border-radius: var(--_radius);
    padding: 0.75em;
    margin-block-end: var(--_gap);
  }
  .search {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4em;
    align-items: center;
    margin-block-end: 0.5em;
  }
  .cues {
    position: relative;
    list-style: none;
    margin: 0 0 0.5em;
    padding: 0;
    max-height: var(--_transcript-height);
    overflow: auto;
  }
  .chapters .cues {
    max-height: none;
  }
  /* The transcript is windowed (src/player/cue-window.ts): its list scrolls in a box of its own, the space of the
     cues not rendered being the list's padding. The window corrects the scroll itself as rows are measured, so the
     browser's own scroll anchoring would correct twice. */
  .cue-scroller {
    position: relative;
    margin: 0 0 0.5em;
    max-height: var(--_transcript-height);
    overflow: auto;
    overflow-anchor: none;
  }
  .transcript .cues {
    position: static;
    margin: 0;
    max-height: none;
    overflow: visible;
  }
  .cue {
    display: flex;
    gap: 0.75em;
    width: 100%;
    text-align: start;
    color: inherit;
    background: transparent;
    border: 0;
    border-radius: 0;
    border-inline-start: 0.25em solid transparent;
    padding: 0.3em 0.5em;
  }
  .cue .time {
    color: var(--_muted-color);
    font-variant-numeric: tabular-nums;
    flex: none;
  }
  .cue[aria-current] {
    border-inline-start-color: var(--_accent);
    background: var(--rsp-highlight-background, #e8f1f8);
  }
  .cue.active-match {
    outline: 2px dashed var(--_accent);
    outline-offset: -2px;
  }
  mark {
    background: var(--_mark-background);
    color: inherit;
  }
  .shortcuts dl {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 0.25em 1em;
    margin: 0;
  }
  .shortcuts dd {
    margin: 0;
  }
  kbd {
    font: inherit;
    border: 1px solid var(--_border-color);
    border-radius: 0.2em;
    padding: 0 0.3em;
  }
  @media (prefers-reduced-motion: reduce) {
    .cues,
    .cue-scroller {
      scroll-behavior: auto;
    }
  }
  @media (forced-colors: active) {
    .cue[aria-current] {
      border-inline-start-color: Highlight;
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
  }
`;
