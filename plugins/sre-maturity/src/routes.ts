import { createRouteRef, createSubRouteRef } from '@backstage/core-plugin-api';

/** The org-wide scorecard page. */
export const rootRouteRef = createRouteRef({ id: 'sre-maturity' });

/** The page that explains the model, under the scorecard page. */
export const modelRouteRef = createSubRouteRef({
  id: 'sre-maturity-model',
  parent: rootRouteRef,
  path: '/model',
});

/**
 * The path of the SRE Maturity tab under an entity's page: the new frontend
 * system mounts the tab there, and the card and the scorecard link to it.
 */
export const ENTITY_TAB_PATH = 'sre-maturity';

/** The campaigns, under the scorecard page. */
export const campaignsRouteRef = createSubRouteRef({
  id: 'sre-maturity-campaigns',
  parent: rootRouteRef,
  path: '/campaigns',
});

/** One campaign: where it stands, its burn-up and its teams. */
export const campaignRouteRef = createSubRouteRef({
  id: 'sre-maturity-campaign',
  parent: rootRouteRef,
  path: '/campaigns/:campaignId',
});
