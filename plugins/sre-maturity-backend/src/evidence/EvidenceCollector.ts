import { LoggerService } from '@backstage/backend-plugin-api';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { stringifyError } from '@backstage/errors';
import {
  criterionIds,
  Evidence,
  MaturityModel,
} from '@sre-maturity/backstage-plugin-common';
import { EvidenceProvider } from '@sre-maturity/backstage-plugin-node';

export interface CollectedEvidence {
  evidence: Evidence[];
  /** One message per provider that failed. */
  warnings: string[];
}

/** Asks every evidence provider about an entity. */
export class EvidenceCollector {
  constructor(
    private readonly providers: EvidenceProvider[],
    private readonly logger: LoggerService,
  ) {}

  /** The entity fields that providers need beyond the sync's own. */
  get entityFields(): string[] {
    return [...new Set(this.providers.flatMap(p => p.entityFields ?? []))];
  }

  async collect(
    entity: Entity,
    model: MaturityModel,
  ): Promise<CollectedEvidence> {
    const results = await Promise.all(
      this.providers.map(async provider => {
        try {
          const found = await provider.getEvidence({ entity, model });
          return { evidence: found };
        } catch (error) {
          const message = `Evidence provider '${
            provider.id
          }' failed: ${stringifyError(error)}`;
          this.logger.warn(`${message} (${stringifyEntityRef(entity)})`);
          return { evidence: [], warning: message };
        }
      }),
    );
    return {
      evidence: results
        .flatMap(r => r.evidence)
        .filter(e => criterionIds(model).has(e.criterionId)),
      warnings: results.flatMap(r => (r.warning ? [r.warning] : [])),
    };
  }
}
