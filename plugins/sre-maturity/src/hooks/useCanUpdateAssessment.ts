import { usePermission } from '@backstage/plugin-permission-react';
import { sreMaturityAssessmentUpdatePermission } from '@sre-maturity/backstage-plugin-common';

/** Whether the user may record answers for the entity; false until known. */
export function useCanUpdateAssessment(entityRef: string): {
  loading: boolean;
  allowed: boolean;
} {
  const { loading, allowed } = usePermission({
    permission: sreMaturityAssessmentUpdatePermission,
    resourceRef: entityRef,
  });
  return { loading, allowed: !loading && allowed };
}
