import { Entity } from '@backstage/catalog-model';

/** Whether an entity is of a kind, compared as the catalog does: case-insensitively. */
export function isKind(kind: string): (entity: Entity) => boolean {
  const wanted = kind.toLocaleLowerCase('en-US');
  return entity => entity.kind.toLocaleLowerCase('en-US') === wanted;
}
