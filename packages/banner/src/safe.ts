/** Wraps an entry point (listener, callback, API method) so that no error ever reaches the host page. */
export function safe<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R | undefined {
  return (...args) => {
    try {
      return fn(...args);
    } catch (e) {
      console.warn('[pledge]', e);
    }
  };
}
