import { useApi } from '@backstage/core-plugin-api';
import { catalogApiRef } from '@backstage/plugin-catalog-react';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { sreMaturityApiRef } from '../../../api';

/**
 * One entity's assessment, and the entity from the catalog to say which of
 * its values did not count; the explanation goes on without the entity when
 * the catalog does not answer.
 */
export function useExplainedEntity(entityRef: string) {
  const api = useApi(sreMaturityApiRef);
  const catalogApi = useApi(catalogApiRef);
  return useAsyncRetry(async () => {
    const [assessment, entity] = await Promise.all([
      api.getAssessment(entityRef),
      catalogApi.getEntityByRef(entityRef).catch(() => undefined),
    ]);
    return { assessment, entity };
  }, [api, catalogApi, entityRef]);
}
