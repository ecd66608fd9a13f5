import { Link } from '@backstage/core-components';
import { useRouteRef } from '@backstage/core-plugin-api';
import { modelRouteRef } from '../../routes';

/** The model page's path, or undefined where the app has no scorecard page. */
function useModelPagePath(): string | undefined {
  try {
    // Throws when the plugin's page is not mounted, e.g. in an app that
    // shows only the entity tab; every hook inside runs before it throws.
    return useRouteRef(modelRouteRef)();
  } catch {
    return undefined;
  }
}

/** "How the model works", a link to the model page, where there is one. */
export function ModelPageLink() {
  const path = useModelPagePath();
  return path ? <Link to={path}>How the model works</Link> : null;
}
