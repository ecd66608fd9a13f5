import { usePermission } from '@backstage/plugin-permission-react';
import { sreMaturityCampaignManagePermission } from '@sre-maturity/backstage-plugin-common';

/** Whether the user may create, change and delete campaigns; false until known. */
export function useCanManageCampaigns(): boolean {
  const { loading, allowed } = usePermission({
    permission: sreMaturityCampaignManagePermission,
  });
  return !loading && allowed;
}
