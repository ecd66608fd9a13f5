import {
  ANNOTATION_LOCATION,
  ANNOTATION_SOURCE_LOCATION,
  Entity,
  parseLocationRef,
} from '@backstage/catalog-model';
import { EvidenceSource } from '@sre-maturity/backstage-plugin-node';

/**
 * The repository folder to read for an entity: its
 * `backstage.io/source-location`, else the folder of its
 * `backstage.io/managed-by-location` (the catalog file's folder). Only `url:`
 * locations can be read through the SCM integrations; a `file:` location or
 * none gives no source.
 */
export function repositorySourceOf(entity: Entity): EvidenceSource | undefined {
  const annotations = entity.metadata.annotations ?? {};
  const source = urlOf(annotations[ANNOTATION_SOURCE_LOCATION]);
  if (source) {
    return { url: source };
  }
  const managedBy = urlOf(annotations[ANNOTATION_LOCATION]);
  return managedBy ? { url: new URL('./', managedBy).toString() } : undefined;
}

function urlOf(locationRef: string | undefined): string | undefined {
  if (!locationRef) {
    return undefined;
  }
  try {
    const { type, target } = parseLocationRef(locationRef);
    if (type !== 'url') {
      return undefined;
    }
    return new URL(target).toString();
  } catch {
    // An annotation that is not a location or URL names nothing to read.
    return undefined;
  }
}
