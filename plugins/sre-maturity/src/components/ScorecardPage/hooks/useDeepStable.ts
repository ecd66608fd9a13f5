import { useMemo } from 'react';

/**
 * The same object for as long as its JSON is the same, so that requests keyed
 * on it run again only when what they ask for changes.
 */
export function useDeepStable<T extends object | null>(value: T): T {
  const key = JSON.stringify(value);
  return useMemo(() => JSON.parse(key) as T, [key]);
}
