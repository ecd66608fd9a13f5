import { parseEntityRef } from '@backstage/catalog-model';
import {
  EntityRefLink,
  humanizeEntityRef,
} from '@backstage/plugin-catalog-react';

/**
 * A link to an owner or system as the catalog spells it in `spec`: a full
 * ref or a bare name, shown without its default kind and namespace, as the
 * filters show it. A value that is no ref at all shows as text. The link
 * is given its text: without it, `EntityRefLink` fetches each entity's
 * display name, and the table has two per row, which delayed its rows.
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
  return (
    <EntityRefLink entityRef={entityRef}>
      {humanizeEntityRef(entityRef, { defaultKind })}
    </EntityRefLink>
  );
}
