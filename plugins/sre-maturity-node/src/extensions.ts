import { createExtensionPoint } from '@backstage/backend-plugin-api';
import { Entity } from '@backstage/catalog-model';
import { Evidence, MaturityModel } from '@sre-maturity/backstage-plugin-common';

/**
 * What a provider is given for one entity.
 *
 * @public
 */
export interface EvidenceProviderOptions {
  /**
   * The catalog entity. During the scheduled sync it holds only the fields the
   * sync asks the catalog for (kind, metadata name, namespace, title, tags,
   * annotations and links, spec owner, system, type and lifecycle) plus the
   * provider's own `entityFields`.
   */
  entity: Entity;
  /** The effective maturity model, after configuration. */
  model: MaturityModel;
}

/**
 * Finds evidence that criteria of the maturity model are met for an entity,
 * e.g. from the entity's annotations or from an external system.
 *
 * @public
 */
export interface EvidenceProvider {
  /** Stable id, stored as `Evidence.provider` on what it returns. */
  id: string;
  /**
   * Extra entity fields (dot paths such as `spec.dependsOn`) the provider
   * reads, so that the catalog sync requests them.
   */
  entityFields?: string[];
  /**
   * Returns the evidence found; evidence for criteria that the model does not
   * contain is ignored. A provider that throws is logged and skipped, so one
   * failing source does not block assessments.
   */
  getEvidence(options: EvidenceProviderOptions): Promise<Evidence[]>;
}

/**
 * Lets backend modules add evidence providers to the `sre-maturity` plugin.
 *
 * @public
 */
export interface SreMaturityEvidenceExtensionPoint {
  addEvidenceProvider(provider: EvidenceProvider): void;
}

/**
 * The extension point of the `sre-maturity` backend plugin for evidence
 * providers.
 *
 * @public
 */
export const sreMaturityEvidenceExtensionPoint =
  createExtensionPoint<SreMaturityEvidenceExtensionPoint>({
    id: 'sre-maturity.evidence',
  });
