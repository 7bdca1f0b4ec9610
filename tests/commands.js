// Test-runner commands of our own. @web/test-runner-commands' emulateMedia cannot emulate forced colours through
// puppeteer, so this one talks to Chromium's DevTools protocol directly.
export function forcedColorsPlugin() {
  return {
    name: 'rsp-forced-colors',
    async executeCommand({ command, payload, session }) {
      if (command !== 'rsp-forced-colors') return undefined;
      const page = session.browser.getPage(session.id);
      const client = await page.createCDPSession();
      await client.send('Emulation.setEmulatedMedia', {
        features: [{ name: 'forced-colors', value: payload?.active ? 'active' : 'none' }],
      });
      return true;
    },
  };
}
