import { stringifyEntityRef } from '@backstage/catalog-model';
import { useApi } from '@backstage/core-plugin-api';
import { useEntity } from '@backstage/plugin-catalog-react';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { sreMaturityApiRef } from '../../../api';

/** The model and the roll-up of the group whose page this is. */
export function useGroupMaturity() {
  const { entity } = useEntity();
  const groupRef = stringifyEntityRef(entity);
  const api = useApi(sreMaturityApiRef);
  const state = useAsyncRetry(async () => {
    const [model, group] = await Promise.all([
      api.getModel(),
      api.getGroupMaturity(groupRef),
    ]);
    return { model: model.model, group };
  }, [api, groupRef]);
  return { groupRef, ...state };
}
