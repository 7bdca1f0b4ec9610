/** Shared by the browser tests: where the fixtures are served, and small waits. */
import { waitUntil } from '@open-wc/testing';

/** A fixture served by tests/server.js on the page's own origin. */
export const served = (name: string) => new URL(`/test-server/file/${name}`, location.href).href;

/** A fresh key per call, so request counters of different tests never mix. */
export const uniqueKey = () => `k${Math.random().toString(36).slice(2)}`;

/** How many requests tests/server.js counted under `key`. */
export async function requestCount(key: string): Promise<number> {
  const response = await fetch(`/test-server/requests/${key}`);
  return ((await response.json()) as { count: number }).count;
}

/** Text of the element's shadow root, whitespace collapsed: what a sighted reader sees. */
export function shadowText(element: Element): string {
  return (element.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export async function waitForText(element: Element, text: string, message?: string) {
  await waitUntil(() => shadowText(element).includes(text), message ?? `waiting for "${text}"`, { timeout: 5000 });
}

/**
 * Waits until an element given a `catalog` property shows it: the first one on a page waits for the single-file
 * reader's chunk (the validator), which loads on first use.
 */
export async function catalogShown(element: HTMLElement & { updateComplete: Promise<unknown> }) {
  await element.updateComplete;
  await waitUntil(() => !element.hasAttribute('aria-busy'), 'the catalog property was never read', { timeout: 5000 });
  await element.updateComplete;
}
