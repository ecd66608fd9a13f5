import { useRouteRef } from '@backstage/core-plugin-api';
import { campaignRouteRef } from '../../routes';

/**
 * The link to a campaign's page, or undefined where the app has not mounted
 * the plugin's page: `useRouteRef` throws there, after every hook inside has
 * run.
 */
export function useCampaignLink(): (campaignId: string) => string | undefined {
  try {
    const link = useRouteRef(campaignRouteRef);
    return campaignId => link({ campaignId });
  } catch {
    return () => undefined;
  }
}
