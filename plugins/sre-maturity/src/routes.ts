import { createRouteRef } from '@backstage/core-plugin-api';

/** The org-wide scorecard page. */
export const rootRouteRef = createRouteRef({ id: 'sre-maturity' });
