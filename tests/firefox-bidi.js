// Firefox ESR 140 (Debian bookworm's) has no WebDriver BiDi `emulation.setScreenOrientationOverride`, which
// puppeteer-core 24.4x sends with every `page.setViewport` — so every test file in Firefox stopped before its first
// test. No test emulates a screen orientation: where Firefox answers "unknown command" to that one command, carry on.
import { BrowsingContext } from 'puppeteer-core/internal/bidi/core/BrowsingContext.js';

const original = BrowsingContext.prototype.setScreenOrientationOverride;
if (original && !original.tolerant) {
  BrowsingContext.prototype.setScreenOrientationOverride = async function (...args) {
    try {
      return await original.apply(this, args);
    } catch (error) {
      if (!/unknown command/i.test(String(error?.message))) throw error;
    }
  };
  BrowsingContext.prototype.setScreenOrientationOverride.tolerant = true;
}
