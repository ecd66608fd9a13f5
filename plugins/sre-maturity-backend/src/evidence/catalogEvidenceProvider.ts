import { LoggerService } from '@backstage/backend-plugin-api';
import { stringifyError } from '@backstage/errors';
import {
  CATALOG_EVIDENCE_PROVIDER,
  findCatalogEvidence,
  RELATION_ENTITY_FIELDS,
} from '@sre-maturity/backstage-plugin-common';
import { EvidenceProvider } from '@sre-maturity/backstage-plugin-node';

/** Where the provider learns which owners are groups of the catalog. */
export interface GroupRefs {
  groupRefs(): Promise<ReadonlySet<string>>;
}

/**
 * The built-in provider: evidence from the entity's annotations, links,
 * TechDocs and relations, following the evidence rules of the model's
 * criteria. Without `groups` (or while they cannot be read, which is
 * logged) an owner is not judged; the rest still counts.
 */
export function createCatalogEvidenceProvider(
  options: { groups?: GroupRefs; logger?: LoggerService } = {},
): EvidenceProvider {
  return {
    id: CATALOG_EVIDENCE_PROVIDER,
    entityFields: RELATION_ENTITY_FIELDS,
    async getEvidence({ entity, model }) {
      let groupRefs: ReadonlySet<string> | undefined;
      try {
        groupRefs = await options.groups?.groupRefs();
      } catch (error) {
        options.logger?.warn(
          `Could not read the catalog's groups, owners are not judged: ${stringifyError(
            error,
          )}`,
        );
      }
      return findCatalogEvidence(model, entity, { groupRefs });
    },
  };
}
