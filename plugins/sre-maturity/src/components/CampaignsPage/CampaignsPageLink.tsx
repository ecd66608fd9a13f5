import { Link } from '@backstage/core-components';
import { campaignsRouteRef } from '../../routes';
import { useOptionalRoutePath } from '../shared/useOptionalRoutePath';

/** "Campaigns", a link to the campaigns page, where there is one. */
export function CampaignsPageLink() {
  const path = useOptionalRoutePath(campaignsRouteRef);
  return path ? <Link to={path}>Campaigns</Link> : null;
}
