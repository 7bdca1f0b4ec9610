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

/**
 * What stays alive in the page, through Chromium's DevTools protocol (Firefox has no such protocol): forces a full
 * garbage collection (`HeapProfiler.collectGarbage`), then counts the live instances of each prototype in
 * `payload.count` (`{ name: { prototype, where? } }`: `prototype` an expression such as `HTMLVideoElement.prototype`,
 * `where` the source of a predicate each instance must pass) with `Runtime.queryObjects`, and reads the JS heap in use
 * (`Runtime.getHeapUsage`) and Blink's DOM counters (`Memory.getDOMCounters`: documents, nodes, JS event listeners).
 */
export function heapPlugin() {
  return {
    name: 'rsp-heap',
    async executeCommand({ command, payload, session }) {
      if (command !== 'rsp-heap') return undefined;
      const page = session.browser.getPage(session.id);
      const client = await page.createCDPSession();
      const objectGroup = 'rsp-heap';
      try {
        const collect = async () => {
          // Twice: what the first collection frees (weak callbacks, finalizers) can release more.
          await client.send('HeapProfiler.collectGarbage');
          await client.send('HeapProfiler.collectGarbage');
        };
        await collect();
        const counts = {};
        for (const [name, { prototype, where }] of Object.entries(payload?.count ?? {})) {
          const { result, exceptionDetails } = await client.send('Runtime.evaluate', { expression: prototype, objectGroup });
          if (exceptionDetails || !result.objectId) throw new Error(`rsp-heap: ${prototype} is not an object`);
          const { objects } = await client.send('Runtime.queryObjects', { prototypeObjectId: result.objectId, objectGroup });
          const { result: count } = await client.send('Runtime.callFunctionOn', {
            objectId: objects.objectId,
            functionDeclaration: `function () { return this.filter(${where ?? '() => true'}).length; }`,
            returnByValue: true,
          });
          counts[name] = count.value;
        }
        await client.send('Runtime.releaseObjectGroup', { objectGroup });
        await collect();
        const { usedSize } = await client.send('Runtime.getHeapUsage');
        const { documents, nodes, jsEventListeners } = await client.send('Memory.getDOMCounters');
        return { counts, heap: usedSize, documents, nodes, jsEventListeners };
      } finally {
        await client.detach();
      }
    },
  };
}
