import { Entity } from '@backstage/catalog-model';
import { Random } from '../src/__testUtils__/random';

/**
 * The catalog after 7% of the `scored` entities changed: 5% got a new
 * annotation, 1% were renamed (one entity left, another joined), 1% left.
 */
export function changedCatalog(
  entities: Entity[],
  random: Random,
  scored: (entity: Entity) => boolean,
): Entity[] {
  const result: Entity[] = [];
  for (const entity of entities) {
    if (!scored(entity)) {
      result.push(entity);
    } else if (random.chance(0.01)) {
      result.push({
        ...entity,
        metadata: { ...entity.metadata, name: `${entity.metadata.name}-new` },
      });
    } else if (random.chance(0.01)) {
      continue;
    } else if (random.chance(0.05)) {
      result.push({
        ...entity,
        metadata: {
          ...entity.metadata,
          annotations: {
            ...entity.metadata.annotations,
            'pagerduty.com/service-id': 'PCHANGED',
          },
        },
      });
    } else {
      result.push(entity);
    }
  }
  return result;
}
