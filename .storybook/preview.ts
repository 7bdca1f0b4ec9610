import { setCustomElementsManifest, type Decorator, type Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
import manifest from '../custom-elements.json';

/** Names of the `themes/*.css` files that exist (see main.ts). */
declare const __RSP_THEMES__: string[];

// Controls, the API tables (attributes, properties, events, slots, CSS custom properties, parts) and the description
// of every autodocs page come from the manifest the analyzer generates from the elements' JSDoc.
setCustomElementsManifest(manifest);

/** Loads `themes/<name>.css` into the preview when that file exists; removes the previous theme's. */
function applyThemeStylesheet(name: string) {
  const id = 'rsp-theme-stylesheet';
  const current = document.getElementById(id) as HTMLLinkElement | null;
  const wanted = name !== 'default' && __RSP_THEMES__.includes(name) ? `themes/${name}.css` : undefined;
  if (current?.getAttribute('href') === wanted) return;
  current?.remove();
  if (!wanted) return;
  const link = Object.assign(document.createElement('link'), { id, rel: 'stylesheet', href: wanted });
  document.head.append(link);
}

/**
 * The font of a real host page. The elements inherit the page's font (the default theme, the dark one); without a
 * font on the story root they would show the browser's default serif, which no site uses. Mayflower sets its own.
 */
const HOST_FONT = 'font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif;';

/**
 * The toolbar's theme and language. The language is the story root's `lang` (the elements read it from the nearest
 * ancestor). The theme is the class `rsp-theme-<name>` on the story root plus its stylesheet; the dark theme also
 * makes the root a dark page (`color-scheme: dark` and the system's Canvas colours), as a dark host site would be.
 */
const withThemeAndLanguage: Decorator = (story, { globals }) => {
  const theme = String(globals.theme ?? 'default');
  applyThemeStylesheet(theme);
  const dark = theme === 'dark' ? 'color-scheme: dark; background: Canvas; color: CanvasText; padding: 1rem;' : '';
  return html`<div class="rsp-story rsp-theme-${theme}" data-rsp-theme=${theme} lang=${globals.lang ?? 'en'} style=${HOST_FONT + dark}>
    ${story()}
  </div>`;
};

const preview: Preview = {
  tags: ['autodocs'],
  decorators: [withThemeAndLanguage],
  globalTypes: {
    theme: {
      description: 'Theme of the elements',
      toolbar: {
        title: 'Theme',
        icon: 'paintbrush',
        items: [
          { value: 'default', title: 'Default (inherits the page)' },
          { value: 'mayflower', title: 'Mayflower (mass.gov)' },
          { value: 'dark', title: 'Dark' },
        ],
        dynamicTitle: true,
      },
    },
    lang: {
      description: 'Language of the page around the elements',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'en', right: 'en', title: 'English' },
          { value: 'es', right: 'es', title: 'Español' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: 'default', lang: 'en' },
  parameters: {
    controls: { expanded: true },
    // The a11y panel runs axe on every story; WCAG 2.1 AA is the project's bar.
    a11y: { test: 'error', options: { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } },
    docs: { story: { inline: true } },
  },
};
export default preview;
