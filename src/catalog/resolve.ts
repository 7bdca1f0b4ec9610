/**
 * Addresses in a catalog: resolved against the file they are written in, and kept only when they are http(s) (the
 * one gate every `href` and `src` goes through, for single files and compiled catalogs alike).
 */
/** A plain relative path (`media/a-1.mp4`): resolving it is appending it to the base's folder. */
const SIMPLE_PATH = /^(?!\/\/)\/?(?:[A-Za-z0-9_~-][A-Za-z0-9._~-]*\/)*[A-Za-z0-9_~-][A-Za-z0-9._~-]*$/;

/**
 * Resolves URLs against `baseUrl` and keeps only http(s) ones. `new URL` handles everything; plain relative paths,
 * which are most of a catalog, take a shortcut that gives the same result (it is the bulk of normalising 10,000
 * trainings otherwise).
 */
export function resolver(baseUrl: string): (value: string) => string | undefined {
  let base: URL | undefined;
  try {
    base = new URL(baseUrl);
  } catch {
    // No usable base (the `catalog` property on an about: page): absolute URLs only.
  }
  const web = base?.protocol === 'http:' || base?.protocol === 'https:';
  const folder = base && base.origin + base.pathname.slice(0, base.pathname.lastIndexOf('/') + 1);
  return (value) => {
    // No segment of SIMPLE_PATH can be "." or "..", so there is nothing to collapse.
    if (web && SIMPLE_PATH.test(value)) {
      return value.startsWith('/') ? base!.origin + value : folder + value;
    }
    let resolved: URL;
    try {
      resolved = new URL(value, baseUrl);
    } catch {
      return undefined;
    }
    return resolved.protocol === 'https:' || resolved.protocol === 'http:' ? resolved.href : undefined;
  };
}
