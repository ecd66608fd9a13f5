import {
  CATALOG_EVIDENCE_PROVIDER,
  findCatalogEvidence,
} from '@sre-maturity/backstage-plugin-common';
import { EvidenceProvider } from '@sre-maturity/backstage-plugin-node';

/**
 * The built-in provider: evidence from the entity's annotations and links,
 * following the evidence rules of the model's criteria.
 */
export const annotationEvidenceProvider: EvidenceProvider = {
  id: CATALOG_EVIDENCE_PROVIDER,
  async getEvidence({ entity, model }) {
    return findCatalogEvidence(model, entity);
  },
};
