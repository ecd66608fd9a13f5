import { Area } from '@sre-maturity/backstage-plugin-common';
import { useCallback, useEffect, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { findInvalidParams, InvalidParam } from '../view/invalidParams';
import { ScorecardView } from '../view/scorecardView';

/**
 * Resets what the link asks for that the page cannot show, once the model
 * says which areas exist, and keeps what was reset so that the page can say
 * so. Without it an unknown sort column left only the API's 400.
 */
export function useInvalidParamsReset(
  view: ScorecardView,
  setView: (next: ScorecardView, options: { replace: boolean }) => void,
  areas: Area[] | undefined,
): { reset: InvalidParam[]; dismiss: () => void } {
  const [searchParams] = useSearchParams();
  const [reset, setReset] = useState<InvalidParam[]>([]);
  useEffect(() => {
    if (!areas) {
      return;
    }
    const invalid = findInvalidParams(
      searchParams,
      areas.map(area => area.id),
    );
    if (invalid.length === 0) {
      return;
    }
    setReset(invalid);
    // The view already ignores malformed values: writing it drops them from
    // the URL. Only a sort the API rejects is still in it.
    const sortInvalid = invalid.some(param => param.name === 'orderBy');
    setView(
      sortInvalid ? { ...view, orderBy: undefined, order: 'asc' } : view,
      {
        replace: true,
      },
    );
  }, [searchParams, areas, view, setView]);
  const dismiss = useCallback(() => setReset([]), []);
  return { reset, dismiss };
}
