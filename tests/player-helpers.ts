/** Helpers for the player and progress tests. */

/**
 * Makes `window.localStorage` throw a `SecurityError` on access, as browsers do when a person blocks site data,
 * until the returned function is called.
 */
export function blockStorage(): () => void {
  const owner = Object.getOwnPropertyDescriptor(window, 'localStorage') ? window : Window.prototype;
  const original = Object.getOwnPropertyDescriptor(owner, 'localStorage')!;
  Object.defineProperty(window, 'localStorage', {
    configurable: true,
    get() {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    },
  });
  return () => {
    if (owner === window) Object.defineProperty(window, 'localStorage', original);
    else delete (window as { localStorage?: Storage }).localStorage;
  };
}

/** Removes every `rsp-archive:` key this page stored. */
export function clearStoredProgress() {
  for (const key of Object.keys(localStorage)) if (key.startsWith('rsp-archive:')) localStorage.removeItem(key);
}
