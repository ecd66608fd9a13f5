import { Entity } from '@backstage/catalog-model';
import {
  DEFAULT_EXCLUDE_KINDS,
  readExemption,
} from '@sre-maturity/backstage-plugin-common';

/**
 * Whether the SRE maturity tab and card apply to an entity: not for kinds
 * left out of assessments, nor for entities marked exempt.
 *
 * @param options - `excludeKinds`: the configured `sreMaturity.excludeKinds`;
 *   the common default when not given.
 * @public
 */
export function isSreMaturityAvailable(
  entity: Entity,
  options: { excludeKinds?: readonly string[] } = {},
): boolean {
  const kind = entity.kind.toLocaleLowerCase('en-US');
  const excludeKinds = options.excludeKinds ?? DEFAULT_EXCLUDE_KINDS;
  if (excludeKinds.some(k => k.toLocaleLowerCase('en-US') === kind)) {
    return false;
  }
  return !readExemption(entity.metadata.annotations).exempt;
}
