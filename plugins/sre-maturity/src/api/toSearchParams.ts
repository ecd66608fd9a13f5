type QueryValue = string | number | boolean | string[] | undefined;

/**
 * Turns a query object into URL search parameters: arrays repeat their key
 * (`owner=a&owner=b`), undefined values and empty arrays are left out.
 */
export function toSearchParams(
  query: { [key: string]: QueryValue } = {},
): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined) {
      continue;
    }
    for (const item of Array.isArray(value) ? value : [value]) {
      params.append(key, String(item));
    }
  }
  return params;
}
