import { parseEntityRef } from '@backstage/catalog-model';
import { EntityRefLink } from '@backstage/plugin-catalog-react';

/**
 * A link to an owner or system as the catalog spells it in `spec`: a full
 * ref or a bare name. A value that is no ref at all shows as text.
 */
export function CatalogRefLink(props: {
  value: string;
  defaultKind: string;
  defaultNamespace: string;
}) {
  const { value, defaultKind, defaultNamespace } = props;
  let entityRef;
  try {
    entityRef = parseEntityRef(value, { defaultKind, defaultNamespace });
  } catch {
    return <>{value}</>;
  }
  return <EntityRefLink entityRef={entityRef} defaultKind={defaultKind} />;
}
