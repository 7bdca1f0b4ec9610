// The browsers the Node-driven checks (scripts/host-page.js, scripts/built-site.js) open with puppeteer-core: Debian's
// Chromium and Firefox ESR, as the browser tests use (RSP_BROWSERS=chromium or firefox for one; CHROMIUM_PATH and
// FIREFOX_PATH for other installs). Importing this also applies the Firefox ESR 140 BiDi fix.
import '../tests/firefox-bidi.js';

export const LAUNCH = {
  chromium: {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--mute-audio'],
  },
  firefox: { browser: 'firefox', executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr' },
};

export const browsers = (process.env.RSP_BROWSERS ?? 'chromium,firefox').split(',');
