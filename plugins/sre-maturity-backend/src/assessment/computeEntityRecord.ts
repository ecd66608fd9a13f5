import {
  Entity,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import {
  Answer,
  assessEntity,
  EntityFacts,
  AssessmentResult,
  Evidence,
  isSatisfied,
  levelRank,
  MaturityModel,
  MaturityTargets,
  readEntityFacts,
  readExemption,
  readTargets,
  UnreadableEvidence,
  SRE_MATURITY_ANNOTATIONS,
} from '@sre-maturity/backstage-plugin-common';
import { EntityRecord } from '../database/types';

export interface ComputeEntityRecordOptions {
  model: MaturityModel;
  entity: Entity;
  evidence: Evidence[];
  /** Sources of cached providers that could not be read. */
  unreadable?: UnreadableEvidence[];
  answers: Answer[];
  now: Date;
  staleAfterDays: number;
  /** Whether the entity's kind is one the scorecard covers. */
  scorable: boolean;
}

export interface ComputedEntity {
  record: EntityRecord;
  result: AssessmentResult;
  targets: MaturityTargets;
  /** What the model's `appliesTo` were matched against. */
  facts: EntityFacts;
  /** Problems with the entity's target annotations. */
  problems: string[];
}

function stringField(value: unknown): string | undefined {
  return typeof value === 'string' && value ? value : undefined;
}

/**
 * A relation field such as `spec.owner` as a full entity ref, so that
 * `team-a` and `group:default/team-a` count as the same owner.
 */
function refField(
  value: unknown,
  defaultKind: string,
  defaultNamespace: string,
): string | undefined {
  const text = stringField(value);
  if (!text) {
    return undefined;
  }
  try {
    return stringifyEntityRef(
      parseEntityRef(text, { defaultKind, defaultNamespace }),
    );
  } catch {
    return text;
  }
}

/** Assesses an entity and turns the result into what the store caches. */
export function computeEntityRecord(
  options: ComputeEntityRecordOptions,
): ComputedEntity {
  const { model, entity, evidence, answers, now, staleAfterDays } = options;
  const annotations = entity.metadata.annotations ?? {};
  const namespace = entity.metadata.namespace ?? 'default';
  const { targets, problems } = readTargets(model, annotations);
  const exemption = readExemption(annotations);
  const facts = readEntityFacts(entity);
  const result = assessEntity({
    model,
    entity: facts,
    answers,
    evidence,
    unreadable: options.unreadable,
    targets,
    now,
    staleAfterDays,
  });

  // Answers to criteria that do not apply never make the entity stale.
  const answerTimes = result.areas
    .flatMap(area => area.criteria)
    .flatMap(c =>
      c.answer && c.origin !== 'model' ? [Date.parse(c.answer.answeredAt)] : [],
    );

  const record: EntityRecord = {
    entityRef: stringifyEntityRef(entity),
    kind: entity.kind,
    namespace,
    name: entity.metadata.name,
    title: stringField(entity.metadata.title),
    owner: refField(entity.spec?.owner, 'group', namespace),
    system: refField(entity.spec?.system, 'system', namespace),
    type: stringField(entity.spec?.type),
    lifecycle: stringField(entity.spec?.lifecycle),
    tags: entity.metadata.tags ?? [],
    targets,
    target: targets.overall,
    exempt: exemption.exempt,
    exemptReason: exemption.reason,
    scorable: options.scorable,
    evidence,
    applicable: result.applicable,
    overallRank: levelRank(result.overall),
    score: result.score,
    gap: result.gap,
    areas: result.areas.map(area => ({
      areaId: area.areaId,
      applicable: area.applicable,
      levelRank: levelRank(area.level),
      progress: area.progress,
      gap: area.gap,
    })),
    tier: stringField(annotations[SRE_MATURITY_ANNOTATIONS.tier]),
    satisfiedCriteria: result.areas.flatMap(area =>
      area.criteria.filter(isSatisfied).map(c => c.criterionId),
    ),
    lastAssessedAt: result.lastAssessedAt,
    oldestAnswerAt: answerTimes.length
      ? new Date(Math.min(...answerTimes)).toISOString()
      : undefined,
  };
  return { record, result, targets, facts, problems };
}
