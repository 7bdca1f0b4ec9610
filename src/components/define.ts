/**
 * Registers `tag` unless it is already defined, so a second copy of the library on the page (a CDN script and an npm
 * bundle, say) does not throw "already been defined".
 */
export function defineElement(tag: string, constructor: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, constructor);
}
