/**
 * The language an element speaks: its own `lang`, else the nearest ancestor's (across shadow roots), else
 * `<html lang>`, else English.
 */
export function langOf(element: Element): string {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.getAttribute('lang')) return node.getAttribute('lang')!;
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return 'en';
}
