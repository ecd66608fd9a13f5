import { CacheService } from '@backstage/backend-plugin-api';
import { CacheManager } from '@backstage/backend-defaults/cache';
import { mockServices } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { Knex } from 'knex';
import { applyAnswerChanges } from '../assessment/applyAnswerChanges';
import {
  createDatabaseStores,
  SreMaturityStores,
} from '../database/createDatabaseStores';
import { AnswerChange } from '../database/types';
import { testEntity } from './fixtures';
import { testRecord } from './records';

/** A cache service of its own, in memory, as Backstage's default. */
export function memoryCache(): CacheService {
  return CacheManager.fromConfig(new ConfigReader({})).forPlugin(
    'sre-maturity',
  );
}

/** The plugin's stores on a test database, migrated, with a cache of their own. */
export function testStores(knex: Knex): Promise<SreMaturityStores> {
  return createDatabaseStores({
    database: mockServices.database({ knex }),
    cache: memoryCache(),
  });
}

/**
 * Applies answer changes to an entity (by name, a test entity) as the
 * assessment service does, by the mock user: the new revision, or undefined
 * when `revision` is stale.
 */
export async function setTestAnswers(
  stores: Pick<SreMaturityStores, 'assessments'>,
  entityOrName: Entity | string,
  revision: number,
  changes: AnswerChange[],
  now = new Date(),
): Promise<number | undefined> {
  const entity =
    typeof entityOrName === 'string' ? testEntity(entityOrName) : entityOrName;
  const { answers } = await stores.assessments.getAssessmentState(
    stringifyEntityRef(entity),
  );
  return stores.assessments.applyAnswers({
    current: testRecord(entity),
    updated: testRecord(entity, applyAnswerChanges(answers, changes), { now }),
    revision,
    changes,
    actor: 'user:default/mock',
    now,
  });
}
