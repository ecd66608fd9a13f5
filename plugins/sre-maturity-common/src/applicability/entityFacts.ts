import { SRE_MATURITY_ANNOTATIONS } from '../annotations';

/**
 * What the model's `appliesTo` selectors look at in an entity.
 *
 * @public
 */
export interface EntityFacts {
  /** The entity's kind, e.g. `Component`. */
  kind: string;
  /** `spec.type`. */
  type?: string;
  /** `spec.lifecycle`. */
  lifecycle?: string;
  /** The `sre-maturity.io/tier` annotation. */
  tier?: string;
}

/**
 * Reads the facts selectors match from a catalog entity; blank values count
 * as absent.
 *
 * @public
 */
export function readEntityFacts(entity: {
  kind: string;
  metadata: { annotations?: Record<string, string> };
  spec?: Record<string, unknown>;
}): EntityFacts {
  const tier = text(
    entity.metadata.annotations?.[SRE_MATURITY_ANNOTATIONS.tier],
  );
  const type = text(entity.spec?.type);
  const lifecycle = text(entity.spec?.lifecycle);
  return {
    kind: entity.kind,
    ...(type && { type }),
    ...(lifecycle && { lifecycle }),
    ...(tier && { tier }),
  };
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}
