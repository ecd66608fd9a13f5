/**
 * Whether a value is an absolute http(s) URL, the only kind of link the
 * plugin renders or stores, so that e.g. `javascript:` values never become
 * links.
 *
 * @public
 */
export function isHttpUrl(value: string): boolean {
  // Most annotation values are not URLs, and a throwing URL constructor is
  // slow enough to show in a sync of tens of thousands of entities.
  if (!/^\s*https?:/i.test(value)) {
    return false;
  }
  try {
    const { protocol } = new URL(value);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}
