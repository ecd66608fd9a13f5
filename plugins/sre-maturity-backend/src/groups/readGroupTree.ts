import { BackstageCredentials } from '@backstage/backend-plugin-api';
import {
  Entity,
  parseEntityRef,
  RELATION_CHILD_OF,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { GroupNode } from './GroupTree';

const GROUP_FIELDS = [
  'kind',
  'metadata.namespace',
  'metadata.name',
  'metadata.title',
  'spec.profile.displayName',
  'spec.parent',
  'relations',
];

/** `spec.parent` as a full ref, or undefined when absent or not a ref. */
function specParent(entity: Entity): string | undefined {
  const parent = entity.spec?.parent;
  if (typeof parent !== 'string' || !parent) {
    return undefined;
  }
  try {
    return stringifyEntityRef(
      parseEntityRef(parent, {
        defaultKind: 'group',
        defaultNamespace: entity.metadata.namespace ?? 'default',
      }),
    );
  } catch {
    return undefined;
  }
}

/**
 * A group's parent: `spec.parent`, or else the first `childOf` relation by
 * ref (the catalog adds one when a parent lists the group in
 * `spec.children`).
 */
function parentOf(entity: Entity): string | undefined {
  return (
    specParent(entity) ??
    (entity.relations ?? [])
      .filter(relation => relation.type === RELATION_CHILD_OF)
      .map(relation => relation.targetRef)
      .sort()[0]
  );
}

function titleOf(entity: Entity): string | undefined {
  const profile = entity.spec?.profile as { displayName?: unknown } | undefined;
  const title = entity.metadata.title ?? profile?.displayName;
  return typeof title === 'string' && title ? title : undefined;
}

/** Every Group entity of the catalog with its parent and title. */
export async function readGroupTree(
  catalog: CatalogService,
  credentials: BackstageCredentials,
): Promise<GroupNode[]> {
  const { items } = await catalog.getEntities(
    { filter: { kind: 'Group' }, fields: GROUP_FIELDS },
    { credentials },
  );
  return items.map(entity => {
    const parentRef = parentOf(entity);
    const title = titleOf(entity);
    return {
      entityRef: stringifyEntityRef(entity),
      ...(parentRef && { parentRef }),
      ...(title && { title }),
    };
  });
}
