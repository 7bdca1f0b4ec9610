/**
 * The viewer's caption style: text size, colour, background and font of the captions on the video (`::cue`),
 * chosen in "Caption style" in the toolbar, remembered for every player of the site, and reset in one press. Sizes
 * go up to 200 % (WCAG 1.4.4) and the line height is roomy (1.4.12). Applied through a constructable style sheet of
 * the player's shadow root, so a strict Content-Security-Policy allows it.
 */
import { html, type ReactiveController, type TemplateResult } from 'lit';
import type { Messages } from '../i18n/en.js';
import { readStored, writeStored } from '../progress/storage.js';

export interface CaptionStyle {
  size: number;
  color: keyof typeof COLORS;
  background: keyof typeof BACKGROUNDS;
  font: keyof typeof FONTS;
}

const COLORS = { white: '#fff', yellow: '#ff0', cyan: '#0ff', black: '#000' } as const;
const BACKGROUNDS = { translucent: 'rgb(0 0 0 / 0.8)', black: '#000', white: '#fff', none: 'transparent' } as const;
const FONTS = { sans: 'system-ui, sans-serif', serif: 'Georgia, serif', mono: 'ui-monospace, monospace', readable: 'Verdana, Tahoma, sans-serif' } as const;
const SIZES = [75, 100, 125, 150, 200];
const KEY = 'caption-style';
export const DEFAULT_STYLE: CaptionStyle = { size: 100, color: 'white', background: 'translucent', font: 'sans' };

type Host = HTMLElement & { renderRoot: HTMLElement | DocumentFragment; requestUpdate(): void; addController(c: ReactiveController): void };

export class CaptionStyles implements ReactiveController {
  style: CaptionStyle = valid(readStored<Partial<CaptionStyle>>(KEY));
  private readonly sheet = new CSSStyleSheet();

  constructor(private host: Host) {
    host.addController(this);
    this.apply();
  }

  hostConnected() {
    const root = this.host.renderRoot as ShadowRoot;
    if (root.adoptedStyleSheets && !root.adoptedStyleSheets.includes(this.sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, this.sheet];
  }

  private set(style: CaptionStyle) {
    this.style = style;
    writeStored(KEY, style);
    this.apply();
    this.host.requestUpdate();
  }

  private apply() {
    const { size, color, background, font } = this.style;
    // The browser's own style when nothing was chosen: only a choice overrides it.
    this.sheet.replaceSync(same(this.style, DEFAULT_STYLE) ? '' : `video::cue { font-size: ${size}%; line-height: 1.5; color: ${COLORS[color]}; background-color: ${BACKGROUNDS[background]}; font-family: ${FONTS[font]}; }`);
  }

  /** "Caption style" (`summary`: its toolbar face): a disclosure with the four choices and Reset, over the video. */
  render(t: Messages, summary: TemplateResult) {
    const choose = <K extends keyof CaptionStyle>(name: K, read: (value: string) => CaptionStyle[K]) => (event: Event) =>
      this.set({ ...this.style, [name]: read((event.target as HTMLSelectElement).value) });
    const select = <K extends keyof CaptionStyle>(name: K, label: string, options: Array<[CaptionStyle[K], string]>, read: (value: string) => CaptionStyle[K]) =>
      html`<label>${label}
        <select part="select" @change=${choose(name, read)}>
          ${options.map(([value, text]) => html`<option value=${String(value)} ?selected=${this.style[name] === value}>${text}</option>`)}
        </select></label>`;
    const names = t.captionStyleNames;
    // Esc closes the choices and goes back to the button, as it closes the player's panels.
    const escape = (event: KeyboardEvent) => {
      const details = event.currentTarget as HTMLDetailsElement;
      if (event.key !== 'Escape' || !details.open) return;
      event.stopPropagation();
      details.open = false;
      details.querySelector('summary')?.focus();
    };
    return html`<details class="caption-style" part="caption-style" @keydown=${escape}>
      <summary class="tool" part="button" title=${t.captionStyle}>${summary}</summary>
      <div class="caption-style-choices">
        ${select('size', t.captionSize, SIZES.map((size) => [size, `${size} %`]), Number)}
        ${select('color', t.captionColor, (Object.keys(COLORS) as CaptionStyle['color'][]).map((key) => [key, names[key]]), (value) => value as CaptionStyle['color'])}
        ${select('background', t.captionBackground, (Object.keys(BACKGROUNDS) as CaptionStyle['background'][]).map((key) => [key, names[key]]), (value) => value as CaptionStyle['background'])}
        ${select('font', t.captionFont, (Object.keys(FONTS) as CaptionStyle['font'][]).map((key) => [key, names[key]]), (value) => value as CaptionStyle['font'])}
        <button type="button" part="button" class="secondary" ?disabled=${same(this.style, DEFAULT_STYLE)} @click=${() => this.set(DEFAULT_STYLE)}>${t.captionReset}</button>
      </div>
    </details>`;
  }
}

const same = (a: CaptionStyle, b: CaptionStyle) => a.size === b.size && a.color === b.color && a.background === b.background && a.font === b.font;

/** A stored style, each value checked (storage may hold anything). */
function valid(stored: Partial<CaptionStyle> | undefined): CaptionStyle {
  const style = { ...DEFAULT_STYLE };
  if (!stored || typeof stored !== 'object') return style;
  if (SIZES.includes(stored.size as number)) style.size = stored.size!;
  if (Object.hasOwn(COLORS, stored.color ?? '')) style.color = stored.color!;
  if (Object.hasOwn(BACKGROUNDS, stored.background ?? '')) style.background = stored.background!;
  if (Object.hasOwn(FONTS, stored.font ?? '')) style.font = stored.font!;
  return style;
}
