/**
 * Elements whose code loads only when they are needed: the player is the largest element, and a page that shows
 * the list first (the whole-archive page) should not pay for it up front.
 *
 * `lazyElement(tag, load)` loads the module (which defines the element) as soon as the tag appears in the document,
 * and in any case once the browser is idle after the page has loaded — so a tag inside another component's shadow
 * root, which the observer cannot see, is defined a moment later all the same.
 */
export function lazyElement(tag: string, load: () => Promise<unknown>): void {
  if (typeof customElements === 'undefined' || customElements.get(tag)) return;
  let started = false;
  let observer: MutationObserver | undefined;
  const start = () => {
    if (started) return;
    started = true;
    observer?.disconnect();
    load().catch((error) => console.error(`rsp-archive: could not load <${tag}>`, error));
  };
  const present = () => document.getElementsByTagName(tag).length > 0;
  if (present()) return start();
  // getElementsByTagName is a live collection: checking it on each batch of mutations is cheap.
  observer = new MutationObserver(() => present() && start());
  observer.observe(document, { childList: true, subtree: true });
  const idle = () =>
    'requestIdleCallback' in window ? requestIdleCallback(start, { timeout: 5000 }) : setTimeout(start, 2000);
  if (document.readyState === 'complete') idle();
  else addEventListener('load', idle, { once: true });
}
