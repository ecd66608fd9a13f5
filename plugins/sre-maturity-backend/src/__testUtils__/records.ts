import { Entity } from '@backstage/catalog-model';
import {
  Answer,
  AnswerStatus,
  MaturityModel,
} from '@sre-maturity/backstage-plugin-common';
import { computeEntityRecord } from '../assessment/computeEntityRecord';
import { EntityRecord } from '../database/types';
import { testModel } from './fixtures';

/** An answer by the mock user, given at `answeredAt` (default: now). */
export function testAnswer(
  criterionId: string,
  status: AnswerStatus,
  answeredAt: Date = new Date(),
): Answer {
  return {
    criterionId,
    status,
    answeredBy: 'user:default/mock',
    answeredAt: answeredAt.toISOString(),
    ...(status === 'not-applicable' && { reason: 'Does not apply' }),
  };
}

/** The record the store keeps for an entity with these answers. */
export function testRecord(
  entity: Entity,
  answers: Answer[] = [],
  options: { scorable?: boolean; now?: Date; model?: MaturityModel } = {},
): EntityRecord {
  return computeEntityRecord({
    model: options.model ?? testModel,
    entity,
    evidence: [],
    answers,
    now: options.now ?? new Date(),
    staleAfterDays: 30,
    scorable: options.scorable ?? true,
  }).record;
}
