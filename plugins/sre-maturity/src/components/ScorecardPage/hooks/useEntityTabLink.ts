import { useRouteRef } from '@backstage/core-plugin-api';
import {
  entityRouteParams,
  entityRouteRef,
} from '@backstage/plugin-catalog-react';
import { useCallback } from 'react';
import { ENTITY_TAB_PATH } from '../../../routes';

/** The SRE Maturity tab of an entity's page. */
export function useEntityTabLink(): (entityRef: string) => string {
  const entityRoute = useRouteRef(entityRouteRef);
  return useCallback(
    (entityRef: string) =>
      `${entityRoute(
        entityRouteParams(entityRef, { encodeParams: true }),
      )}/${ENTITY_TAB_PATH}`,
    [entityRoute],
  );
}
