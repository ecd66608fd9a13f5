import {
  BackstageCredentials,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import {
  CompoundEntityRef,
  Entity,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { NotAllowedError, NotFoundError } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import {
  Answer,
  MaturityModel,
  sreMaturityAssessmentUpdatePermission,
  TrendPoint,
  EntityAssessment,
} from '@sre-maturity/backstage-plugin-common';
import {
  AssessmentStore,
  HistoryPage,
  HistoryQuery,
} from '../database/AssessmentStore';
import { EntityStore } from '../database/EntityStore';
import { SnapshotStore } from '../database/SnapshotStore';
import { DayRange } from '../database/types';
import {
  CollectedEvidence,
  EvidenceCollector,
} from '../evidence/EvidenceCollector';
import { applyAnswerChanges } from './applyAnswerChanges';
import { ComputedEntity, computeEntityRecord } from './computeEntityRecord';
import { toAnswerChanges } from './toAnswerChanges';
import { validEntityRef } from './validEntityRef';
import { UpdateOutcome } from './types';

export interface AssessmentServiceOptions {
  catalog: CatalogService;
  permissions: PermissionsService;
  assessmentStore: AssessmentStore;
  entityStore: EntityStore;
  snapshotStore: SnapshotStore;
  evidence: EvidenceCollector;
  model: MaturityModel;
  staleAfterDays: number;
  /** Kinds the scorecard leaves out, lower case. */
  excludeKinds: ReadonlySet<string>;
}

/**
 * One entity's assessment: read from the catalog as the caller, with fresh
 * evidence, and updated with optimistic concurrency.
 */
export class AssessmentService {
  constructor(private readonly options: AssessmentServiceOptions) {}

  /**
   * Reads the entity as the caller; 400 when the ref breaks the catalog's
   * rules, 404 when the caller cannot see the entity.
   */
  async readEntity(
    ref: CompoundEntityRef,
    credentials: BackstageCredentials,
  ): Promise<Entity> {
    const entity = await this.options.catalog.getEntityByRef(
      validEntityRef(ref),
      { credentials },
    );
    if (!entity) {
      throw new NotFoundError(
        `No entity '${stringifyEntityRef(ref)}' found in the catalog`,
      );
    }
    return entity;
  }

  async getAssessment(
    ref: CompoundEntityRef,
    credentials: BackstageCredentials,
  ): Promise<EntityAssessment> {
    return this.currentAssessment(await this.readEntity(ref, credentials));
  }

  /**
   * Applies all answers or none. Validation (400) comes first, then
   * visibility (404), then the update permission on the entity (403).
   */
  async updateAssessment(options: {
    ref: CompoundEntityRef;
    revision: number;
    answers: unknown;
    actor: string;
    credentials: BackstageCredentials;
  }): Promise<UpdateOutcome> {
    const { model, assessmentStore, permissions } = this.options;
    const now = new Date();
    const changes = toAnswerChanges({
      model,
      answers: options.answers,
      actor: options.actor,
      now,
    });
    const entity = await this.readEntity(options.ref, options.credentials);
    const entityRef = stringifyEntityRef(entity);
    const [decision] = await permissions.authorize(
      [
        {
          permission: sreMaturityAssessmentUpdatePermission,
          resourceRef: entityRef,
        },
      ],
      { credentials: options.credentials },
    );
    if (decision.result !== AuthorizeResult.ALLOW) {
      throw new NotAllowedError(
        `You are not allowed to update the assessment of '${entityRef}'`,
      );
    }

    const collected = await this.options.evidence.collect(entity, model);
    const state = await assessmentStore.getAssessmentState(entityRef);
    const current = this.compute(entity, collected, state.answers, now);
    const updated = this.compute(
      entity,
      collected,
      applyAnswerChanges(state.answers, changes),
      now,
    );
    // `updated` holds the answers read at `state.revision`: right only if
    // that is the revision the update is based on.
    const revision =
      state.revision === options.revision
        ? await assessmentStore.applyAnswers({
            current: current.record,
            updated: updated.record,
            revision: options.revision,
            changes,
            actor: options.actor,
            now,
          })
        : undefined;
    if (revision === undefined) {
      return {
        type: 'conflict',
        current: await this.currentAssessment(entity),
      };
    }
    return {
      type: 'updated',
      assessment: this.present(updated, revision, collected),
    };
  }

  /**
   * The entity's history of answers, newest first, a page at a time; 404
   * when the caller cannot see the entity.
   */
  async getHistory(
    ref: CompoundEntityRef,
    credentials: BackstageCredentials,
    query: HistoryQuery,
  ): Promise<HistoryPage> {
    const entity = await this.readEntity(ref, credentials);
    return this.options.assessmentStore.listHistory(
      stringifyEntityRef(entity),
      query,
    );
  }

  /**
   * The entity's daily scores over the days of `range`; 404 when the
   * caller cannot see the entity.
   */
  async getTrend(
    ref: CompoundEntityRef,
    credentials: BackstageCredentials,
    range: DayRange,
  ): Promise<TrendPoint[]> {
    const entity = await this.readEntity(ref, credentials);
    return this.options.snapshotStore.getEntityTrend(
      stringifyEntityRef(entity),
      range,
    );
  }

  private async currentAssessment(entity: Entity): Promise<EntityAssessment> {
    const { model, assessmentStore, entityStore } = this.options;
    const now = new Date();
    const collected = await this.options.evidence.collect(entity, model);
    const state = await assessmentStore.getAssessmentState(
      stringifyEntityRef(entity),
    );
    const computed = this.compute(entity, collected, state.answers, now);
    await entityStore.saveEntityRecord(computed.record, state.revision, now);
    return this.present(computed, state.revision, collected);
  }

  private compute(
    entity: Entity,
    collected: CollectedEvidence,
    answers: Answer[],
    now: Date,
  ): ComputedEntity {
    const { model, staleAfterDays, excludeKinds } = this.options;
    return computeEntityRecord({
      model,
      entity,
      evidence: collected.evidence,
      unreadable: collected.unreadable,
      answers,
      now,
      staleAfterDays,
      scorable: !excludeKinds.has(entity.kind.toLocaleLowerCase('en-US')),
    });
  }

  private present(
    computed: ComputedEntity,
    revision: number,
    collected: CollectedEvidence,
  ): EntityAssessment {
    const { record } = computed;
    return {
      entity: {
        entityRef: record.entityRef,
        kind: record.kind,
        namespace: record.namespace,
        name: record.name,
        title: record.title,
        owner: record.owner,
        system: record.system,
        type: record.type,
        lifecycle: record.lifecycle,
        tier: computed.facts.tier,
        tags: record.tags,
      },
      revision,
      exempt: record.exempt,
      exemptReason: record.exemptReason,
      targets: computed.targets,
      assessment: computed.result,
      warnings: [...computed.problems, ...collected.warnings],
      evidenceSources: collected.sources,
    };
  }
}
