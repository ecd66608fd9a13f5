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
  /**
   * For a cached provider, the source to read: what its `sourceOf` returned
   * for the entity. Absent for providers that are not cached.
   */
  source?: EvidenceSource;
}

/**
 * Where a cached provider reads an entity's evidence, e.g. the entity's
 * repository.
 *
 * @public
 */
export interface EvidenceSource {
  /**
   * The URL read. Its host is what the refresh rate-limits
   * (`sreMaturity.evidence.refresh.requestsPerMinutePerHost`); a new URL for
   * an entity makes the refresh read it again.
   */
  url: string;
}

/**
 * Makes a provider cached: the plugin calls its `getEvidence` only from a
 * scheduled refresh (never when a page is viewed), with bounded concurrency
 * and a per-host rate limit, stores what it found in the database, and
 * serves that to assessments and the scorecard. A `getEvidence` that throws
 * marks the source "could not read" on the criteria of `criteriaOf`.
 *
 * @public
 */
export interface EvidenceProviderCaching {
  /**
   * The source to read for an entity, or `undefined` when the entity has
   * none (then the provider is not called for it). Called for every entity
   * on every refresh and assessment: keep it cheap, no I/O.
   */
  sourceOf(entity: Entity): EvidenceSource | undefined;
  /**
   * The ids of the model's criteria this provider can give evidence for:
   * the criteria that show "could not read" when its source fails.
   */
  criteriaOf(model: MaturityModel): string[];
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
   * Set for a provider that reads a slow or rate-limited source (such as a
   * repository): see {@link EvidenceProviderCaching}. Without it, the
   * provider is called on every assessment and sync.
   */
  cached?: EvidenceProviderCaching;
  /**
   * Returns the evidence found; evidence for criteria that the model does not
   * contain is ignored. A provider that is not cached and throws is logged
   * and skipped, so one failing source does not block assessments; a cached
   * one that throws marks its source "could not read", with the error's
   * message.
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
