import { useApi } from '@backstage/core-plugin-api';
import useAsync from 'react-use/esm/useAsync';
import { sreMaturityApiRef } from '../api';

/** The entity's daily levels over the last 90 days; reloads after a save. */
export function useEntityTrend(entityRef: string, revision: number) {
  const api = useApi(sreMaturityApiRef);
  return useAsync(
    () => api.getEntityTrend(entityRef),
    // The revision is not sent, but a save changes today's point.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [api, entityRef, revision],
  );
}
