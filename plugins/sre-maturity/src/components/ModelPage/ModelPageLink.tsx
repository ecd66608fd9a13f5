import { Link } from '@backstage/core-components';
import { modelRouteRef } from '../../routes';
import { useOptionalRoutePath } from '../shared/useOptionalRoutePath';

/** "How the model works", a link to the model page, where there is one. */
export function ModelPageLink() {
  const path = useOptionalRoutePath(modelRouteRef);
  return path ? <Link to={path}>How the model works</Link> : null;
}
