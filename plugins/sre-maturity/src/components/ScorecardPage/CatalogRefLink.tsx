import { parseEntityRef } from '@backstage/catalog-model';
import { Link } from '@backstage/core-components';
import { useRouteRef } from '@backstage/core-plugin-api';
import {
  entityRouteParams,
  entityRouteRef,
  humanizeEntityRef,
} from '@backstage/plugin-catalog-react';

/**
 * A link to an owner or system as the catalog spells it in `spec`: a full
 * ref or a bare name, shown without its default kind and namespace, as the
 * filters show it. A value that is no ref at all shows as text. Unlike
 * `EntityRefLink`, it does not fetch each entity's display name: the table
 * has two per row, and the fetching and re-rendering delayed its rows.
 */
export function CatalogRefLink(props: {
  value: string;
  defaultKind: string;
  defaultNamespace: string;
}) {
  const { value, defaultKind, defaultNamespace } = props;
  const entityRoute = useRouteRef(entityRouteRef);
  let entityRef;
  try {
    entityRef = parseEntityRef(value, { defaultKind, defaultNamespace });
  } catch {
    return <>{value}</>;
  }
  return (
    <Link to={entityRoute(entityRouteParams(entityRef))}>
      {humanizeEntityRef(entityRef, { defaultKind })}
    </Link>
  );
}
