import { VERSION } from '../version.js';

/** The version of rsp-archive that defined an element class, kept on the class. */
const VERSION_KEY = Symbol.for('rsp-archive.version');

/**
 * Registers `tag` unless it is already defined, so a second copy of the library on the page (a CDN script and an npm
 * bundle, say) does not throw "already been defined". The first copy's element stays; when the copies differ in
 * version, the second says so in the console, since the page then runs the first copy's behaviour.
 */
export function defineElement(tag: string, constructor: CustomElementConstructor): void {
  const existing = customElements.get(tag) as (CustomElementConstructor & { [VERSION_KEY]?: string }) | undefined;
  if (!existing) {
    Object.defineProperty(constructor, VERSION_KEY, { value: VERSION });
    customElements.define(tag, constructor);
    return;
  }
  const version = existing[VERSION_KEY];
  if (version !== VERSION) {
    console.warn(
      `rsp-archive ${VERSION}: <${tag}> is already defined by ${version ? `rsp-archive ${version}` : 'another script'}; ` +
        'that definition stays in use. Load one copy of rsp-archive per page.',
    );
  }
}
