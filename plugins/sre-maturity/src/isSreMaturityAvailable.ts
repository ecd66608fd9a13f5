import { Entity } from '@backstage/catalog-model';
import { ApiHolder, configApiRef } from '@backstage/core-plugin-api';
import { DEFAULT_EXCLUDE_KINDS } from '@sre-maturity/backstage-plugin-common';
import { readExcludeKinds } from './readExcludeKinds';

/**
 * Whether the SRE maturity tab and card apply to an entity: not for kinds
 * left out of assessments. Exempt entities keep them, to show the
 * exemption and its reason.
 *
 * @param options - `excludeKinds`: the configured `sreMaturity.excludeKinds`,
 *   the common default when not given; or the context that `EntitySwitch.Case`
 *   passes to its `if`, whose config is read for it.
 * @public
 */
export function isSreMaturityAvailable(
  entity: Entity,
  options: { excludeKinds?: readonly string[] } | { apis: ApiHolder } = {},
): boolean {
  const kind = entity.kind.toLocaleLowerCase('en-US');
  const excludeKinds =
    'apis' in options
      ? readExcludeKinds(options.apis.get(configApiRef))
      : options.excludeKinds ?? DEFAULT_EXCLUDE_KINDS;
  return !excludeKinds.some(k => k.toLocaleLowerCase('en-US') === kind);
}
