/**
 * Whether a value is an absolute http(s) URL, the only kind of link the
 * plugin renders or stores, so that e.g. `javascript:` values never become
 * links.
 *
 * @public
 */
export function isHttpUrl(value: string): boolean {
  try {
    const { protocol } = new URL(value);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}
