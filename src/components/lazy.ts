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
    load().catch((error) => reportLoadError(`<${tag}>`, error));
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

/** Set on `globalThis` by the first copy of rsp-archive that explains a refused policy, so the page hears it once. */
const EXPLAINED = Symbol.for('rsp-archive.trusted-types-explained');

/**
 * Says, once per page, what a site with Trusted Types must allow: Lit (inside rsp-archive) creates the `lit-html`
 * policy when it is first evaluated, and the browser refuses it when the CSP's `trusted-types` directive does not name
 * it, or when a second copy of Lit (an npm bundle and the CDN file) asks for it without `'allow-duplicates'`. The
 * browser's own message ("Policy with name lit-html already exists") does not say what to change.
 */
function explainTrustedTypes(): void {
  const page = globalThis as { [EXPLAINED]?: boolean };
  if (page[EXPLAINED]) return;
  page[EXPLAINED] = true;
  console.error(
    "rsp-archive: Trusted Types refused Lit's \"lit-html\" policy. Allow it in the page's CSP (trusted-types lit-html), " +
      "with 'allow-duplicates' when two copies of rsp-archive or Lit load on purpose (an npm bundle and the CDN file).",
  );
}

const refusedByTrustedTypes = (error: unknown) =>
  error instanceof Error && /lit-html|TrustedTypePolicy|createPolicy/.test(error.message);

/** Reports a lazy chunk that failed to load, saying what to do: allow Lit's policy, or serve dist/chunks/. */
export function reportLoadError(what: string, error: unknown): void {
  if (refusedByTrustedTypes(error)) return explainTrustedTypes();
  console.error(`rsp-archive: could not load ${what}; is dist/chunks/ served beside rsp-archive.js?`, error);
}

// A second copy of the library fails while Lit is evaluated, before any of that copy's code could catch it; this
// module is the first one the entry evaluates, so its listener is there by then. The browser reports the refusal as a
// violation of the `trusted-types` directive whose sample is the policy's name (a report-only policy refuses nothing).
if (typeof addEventListener === 'function' && typeof SecurityPolicyViolationEvent === 'function') {
  addEventListener('securitypolicyviolation', (event) => {
    const refused = event.disposition === 'enforce' && event.effectiveDirective === 'trusted-types';
    if (refused && event.sample.startsWith('lit-html')) explainTrustedTypes();
  });
}
