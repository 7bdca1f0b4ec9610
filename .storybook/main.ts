import type { StorybookConfig } from '@storybook/web-components-vite';
import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const themesDir = fileURLToPath(new URL('../themes/', import.meta.url));
/** The theme files present (`themes/<name>.css`); the toolbar offers the others but they load nothing until they exist. */
const themes = existsSync(themesDir) ? readdirSync(themesDir).filter((file) => file.endsWith('.css')).map((file) => file.slice(0, -4)) : [];

const config: StorybookConfig = {
  framework: '@storybook/web-components-vite',
  stories: ['../stories/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  // Catalogs, media and themes are plain files, as on a real web host: the stories load them without network tricks.
  // A static folder must hold no module a story imports: the dev server answers its files first, by extension, so a
  // `.ts` module there would be sent as an MPEG transport stream (`video/mp2t`) and every story would fail to load.
  staticDirs: [
    { from: '../demo', to: '/demo' },
    { from: '../stories/static', to: '/stories/static' },
    ...(themes.length ? [{ from: '../themes', to: '/themes' }] : []),
  ],
  // A closed network: nothing calls home.
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  async viteFinal(config) {
    return { ...config, define: { ...config.define, __RSP_THEMES__: JSON.stringify(themes) } };
  },
};
export default config;
