import { useApi } from '@backstage/core-plugin-api';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { sreMaturityApiRef } from '../api';

/** The model and one entity's assessment, loaded together. */
export function useAssessmentData(entityRef: string) {
  const api = useApi(sreMaturityApiRef);
  return useAsyncRetry(async () => {
    const [{ model, staleAfterDays }, assessment] = await Promise.all([
      api.getModel(),
      api.getAssessment(entityRef),
    ]);
    return { model, staleAfterDays, assessment };
  }, [api, entityRef]);
}
