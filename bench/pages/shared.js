// Helpers shared by the bench pages. Every figure is a `performance.now()` difference inside the page, so the
// DevTools protocol round trips of the driver (bench/run.js) never count.
export const now = () => performance.now();

/** A full collection between measurements (Chromium runs with --js-flags=--expose-gc), so that one measurement's
 * garbage is not collected during the next. */
export const collect = () => globalThis.gc?.();

/** Forces style and layout, so a figure includes the browser's own work on the new DOM, not only ours. */
export const layout = () => document.body.offsetHeight;

export const once = (target, type) => new Promise((resolve) => target.addEventListener(type, resolve, { once: true }));

/** Resolves when `test()` is truthy: after each microtask first (what a promise chain needs), then each task. */
export async function until(test, what, limit = 10_000) {
  const started = now();
  for (let turn = 0; !test(); turn++) {
    if (now() - started > limit) throw new Error(`bench: timed out waiting for ${what}`);
    await (turn < 200 ? Promise.resolve() : new Promise((resolve) => setTimeout(resolve, 0)));
  }
}
