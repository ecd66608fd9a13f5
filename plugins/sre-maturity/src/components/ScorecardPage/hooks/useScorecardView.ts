import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import {
  readScorecardView,
  ScorecardView,
  writeScorecardView,
} from '../view/scorecardView';

/**
 * The page's view, read from and written to the URL query string.
 * `replace` suits changes made while typing, which should not each leave a
 * history entry.
 */
export function useScorecardView(): [
  ScorecardView,
  (next: ScorecardView, options?: { replace?: boolean }) => void,
] {
  const [searchParams, setSearchParams] = useSearchParams();
  const view = useMemo(() => readScorecardView(searchParams), [searchParams]);
  const setView = useCallback(
    (next: ScorecardView, options?: { replace?: boolean }) =>
      setSearchParams(writeScorecardView(next), { replace: options?.replace }),
    [setSearchParams],
  );
  return [view, setView];
}
