import { rootRouteRef } from '../../routes';
import {
  EMPTY_FILTERS,
  readScorecardView,
  ScorecardFilters,
  withFilters,
  writeScorecardView,
} from '../ScorecardPage/view/scorecardView';
import { useOptionalRoutePath } from './useOptionalRoutePath';

const DEFAULT_VIEW = readScorecardView(new URLSearchParams());

/**
 * A link to the scorecard page filtered as given, or undefined where the app
 * has no scorecard page.
 */
export function useScorecardLink(
  filters: Partial<ScorecardFilters>,
): string | undefined {
  const path = useOptionalRoutePath(rootRouteRef);
  if (path === undefined) {
    return undefined;
  }
  const view = withFilters(DEFAULT_VIEW, { ...EMPTY_FILTERS, ...filters });
  return `${path}?${writeScorecardView(view)}`;
}
