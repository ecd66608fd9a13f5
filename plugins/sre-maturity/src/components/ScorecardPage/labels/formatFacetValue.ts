import { parseEntityRef } from '@backstage/catalog-model';
import { humanizeEntityRef } from '@backstage/plugin-catalog-react';
import {
  MATURITY_LEVEL_TITLES,
  MaturityLevel,
} from '@sre-maturity/backstage-plugin-common';
import { Facet } from '../view/scorecardView';

const DEFAULT_KINDS: Partial<Record<Facet, string>> = {
  owner: 'group',
  system: 'system',
};

/** How a filter value reads: owners and systems without default kind and namespace, levels by title. */
export function formatFacetValue(facet: Facet, value: string): string {
  if (facet === 'phase') {
    return MATURITY_LEVEL_TITLES[value as MaturityLevel] ?? value;
  }
  const defaultKind = DEFAULT_KINDS[facet];
  if (!defaultKind) {
    return value;
  }
  try {
    return humanizeEntityRef(
      parseEntityRef(value, { defaultKind, defaultNamespace: 'default' }),
      { defaultKind },
    );
  } catch {
    return value;
  }
}
