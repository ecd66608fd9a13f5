import { RouteRef, SubRouteRef, useRouteRef } from '@backstage/core-plugin-api';

/**
 * The path of one of the plugin's own routes, or undefined where the app has
 * not mounted the plugin's page, e.g. an app that shows only the entity tab
 * and cards: `useRouteRef` throws there, after every hook inside has run.
 */
export function useOptionalRoutePath(
  routeRef: RouteRef<undefined> | SubRouteRef<undefined>,
): string | undefined {
  try {
    return useRouteRef(routeRef)();
  } catch {
    return undefined;
  }
}
