import { ConfigApi } from '@backstage/core-plugin-api';
import { DEFAULT_EXCLUDE_KINDS } from '@sre-maturity/backstage-plugin-common';

/**
 * The configured `sreMaturity.excludeKinds`, or the default list (also
 * where no config is available, as in isolated extension tests).
 */
export function readExcludeKinds(config?: ConfigApi): readonly string[] {
  return (
    config?.getOptionalStringArray('sreMaturity.excludeKinds') ??
    DEFAULT_EXCLUDE_KINDS
  );
}
