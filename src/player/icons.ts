/**
 * The toolbar's icons: 24 × 24 shapes in the text colour, hidden from screen readers (every control that shows one
 * has its name in text). Drawn here rather than taken from an icon set: seven small paths cost less than a
 * dependency. Letters are paths, not `<text>`, whose characters would join the button's name.
 */
import { html, svg, type SVGTemplateResult } from 'lit';

const paths = {
  /** A counter-clockwise arrow around "10". */
  back10: svg`<path d="M12 4a8 8 0 1 1-7.6 10.5l1.9-.6A6 6 0 1 0 12 6v3L7 5l5-4zM8.3 9h1.5v6H8.3zm5.2 0a2.3 3 0 1 0 0 6a2.3 3 0 1 0 0-6zm0 1.3a1 1.7 0 1 1 0 3.4a1 1.7 0 1 1 0-3.4z"/>`,
  /** A dial with its needle. */
  speed: svg`<path d="M12 4a10 10 0 0 0-8.7 15h2.4a8 8 0 1 1 12.6 0h2.4A10 10 0 0 0 12 4zm4.2 4.4-5.6 5.2a2 2 0 1 0 2.8 2.8z"/>`,
  /** "CC" in a frame. */
  captions: svg`<path d="M3 5h18a1 1 0 0 1 1 1v12a1 1 0 0 1-1 1H3a1 1 0 0 1-1-1V6a1 1 0 0 1 1-1zm1 2v10h16V7zm5.5 2.5c.9 0 1.6.4 2 1l-1.3.8a1 1 0 0 0-.7-.3c-.6 0-1 .5-1 1s.4 1 1 1c.3 0 .5-.1.7-.3l1.3.8c-.4.6-1.1 1-2 1a2.5 2.5 0 0 1 0-5zm6 0c.9 0 1.6.4 2 1l-1.3.8a1 1 0 0 0-.7-.3c-.6 0-1 .5-1 1s.4 1 1 1c.3 0 .5-.1.7-.3l1.3.8c-.4.6-1.1 1-2 1a2.5 2.5 0 0 1 0-5z"/>`,
  /** A page of text. */
  transcript: svg`<path d="M5 2h10l5 5v15H5zm2 2v16h11V8h-4V4zm2 7h7v1.8H9zm0 3.5h7v1.8H9zm0 3.5h5v1.8H9z"/>`,
  /** A list with markers. */
  chapters: svg`<path d="M3 5h3v3H3zm5 .6h13v1.8H8zM3 10.5h3v3H3zm5 .6h13v1.8H8zM3 16h3v3H3zm5 .6h13v1.8H8z"/>`,
  /** A large and a small "T": the look of the text. */
  captionStyle: svg`<path d="M3 5h11v2.4H9.7V19H7.3V7.4H3zm11 6h7v2h-2.5v6h-2v-6H14z"/>`,
  /** "AD" in a frame. */
  audioDescription: svg`<path d="M3 5h18a1 1 0 0 1 1 1v12a1 1 0 0 1-1 1H3a1 1 0 0 1-1-1V6a1 1 0 0 1 1-1zm1 2v10h16V7zM5.5 15.5l2.2-7h1.6l2.2 7h-1.6l-.45-1.5h-1.9l-.45 1.5zm2.4-3h1.1l-.55-1.9zM13 8.5h2a3.5 3.5 0 0 1 0 7h-2zm1.5 1.5v4h.5a2 2 0 0 0 0-4z"/>`,
  /** A keyboard. */
  shortcuts: svg`<path d="M2 6h20v12H2zm2 2v8h16V8zm1 1h2v2H5zm3 0h2v2H8zm3 0h2v2h-2zm3 0h2v2h-2zm3 0h2v2h-2zM5 12h2v2H5zm12 0h2v2h-2zM8 12h8v2H8z"/>`,
} satisfies Record<string, SVGTemplateResult>;

export type IconName = keyof typeof paths;

export function icon(name: IconName) {
  return html`<svg class="icon" viewBox="0 0 24 24" fill-rule="evenodd" aria-hidden="true" focusable="false">${paths[name]}</svg>`;
}
