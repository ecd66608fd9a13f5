import { resolvePackagePath } from '@backstage/backend-plugin-api';
import { TestDatabases } from '@backstage/backend-test-utils';
import { insertBatches } from './batches';
import {
  ANSWERS,
  AREA_RESULTS,
  CAMPAIGN_HISTORY,
  CAMPAIGNS,
  ENTITIES,
  ENTITY_CRITERIA,
  ENTITY_EVIDENCE,
  ENTITY_TAGS,
  EVIDENCE_CACHE,
  OWNER_CHANGES,
  OWNER_ROLL_UPS,
  HISTORY,
  SCORECARD_VERSION,
  SNAPSHOTS,
  VIEWER_ENTITIES,
  VIEWERS,
} from './tables';

jest.setTimeout(60_000);

const databases = TestDatabases.create({
  ids: ['SQLITE_3', 'POSTGRES_15', 'MYSQL_8'],
});

const migrationsDir = resolvePackagePath(
  '@sre-maturity/backstage-plugin-backend',
  'migrations',
);

const TABLES = [
  ENTITIES,
  ENTITY_EVIDENCE,
  ENTITY_TAGS,
  AREA_RESULTS,
  ANSWERS,
  HISTORY,
  SNAPSHOTS,
  VIEWERS,
  VIEWER_ENTITIES,
  SCORECARD_VERSION,
  EVIDENCE_CACHE,
  CAMPAIGNS,
  CAMPAIGN_HISTORY,
  OWNER_CHANGES,
  OWNER_ROLL_UPS,
  ENTITY_CRITERIA,
];

/** An entity row as the first migrations define one, with `columns` over it. */
function entityRow(name: string, columns: Record<string, unknown> = {}) {
  return {
    entity_ref: `component:default/${name}`,
    kind: 'Component',
    namespace: 'default',
    name,
    tags: '[]',
    targets: '{}',
    exempt: false,
    in_catalog: true,
    area_levels: '{}',
    fingerprint: '',
    ...columns,
  };
}

describe.each(databases.eachSupportedId())('migrations on %p', databaseId => {
  it('migrate up and down and up again', async () => {
    const knex = await databases.init(databaseId);
    const hasTables = async () =>
      Promise.all(TABLES.map(table => knex.schema.hasTable(table)));

    await knex.migrate.latest({ directory: migrationsDir });
    expect(await hasTables()).toEqual(TABLES.map(() => true));

    await knex.migrate.rollback({ directory: migrationsDir }, true);
    expect(await hasTables()).toEqual(TABLES.map(() => false));

    await knex.migrate.latest({ directory: migrationsDir });
    expect(await hasTables()).toEqual(TABLES.map(() => true));
  });

  it('allows one daily snapshot per entity and day, and many changes', async () => {
    const knex = await databases.init(databaseId);
    await knex.migrate.latest({ directory: migrationsDir });
    const snapshot = (reason: string, dailyDay: string | null) => ({
      entity_ref: 'component:default/a',
      taken_at: new Date(),
      day: '2025-06-01',
      daily_day: dailyDay,
      reason,
      overall_rank: 0,
      score: 0,
      area_levels: '{}',
    });

    await knex(SNAPSHOTS).insert(snapshot('change', null));
    await knex(SNAPSHOTS).insert(snapshot('change', null));
    await knex(SNAPSHOTS).insert(snapshot('daily', '2025-06-01'));
    const duplicate = await knex(SNAPSHOTS)
      .insert(snapshot('daily', '2025-06-01'))
      .then(
        () => 'inserted',
        () => 'refused',
      );
    expect(duplicate).toBe('refused');
    expect(Number((await knex(SNAPSHOTS).count({ n: '*' }))[0].n)).toBe(3);
  });

  it("keeps tag rows of the scorecard's entities only, and restores the others on the way down", async () => {
    const knex = await databases.init(databaseId);
    const config = { directory: migrationsDir };
    await knex.migrate.up({ ...config, name: '20250601000000_init.js' });
    const entity = (name: string, inCatalog: boolean, exempt: boolean) =>
      entityRow(name, {
        tags: JSON.stringify(['java', 'go']),
        exempt,
        in_catalog: inCatalog,
      });
    const entities = [
      entity('shown', true, false),
      entity('gone', false, false),
      entity('exempt', true, true),
    ];
    await knex(ENTITIES).insert(entities);
    await knex(ENTITY_TAGS).insert(
      entities.flatMap(e =>
        ['java', 'go'].map(tag => ({ entity_ref: e.entity_ref, tag })),
      ),
    );
    const tagged = async () =>
      (
        await knex(ENTITY_TAGS)
          .orderBy(['entity_ref', 'tag'])
          .select('entity_ref', 'tag')
      ).map(row => `${row.entity_ref} ${row.tag}`);
    const before = await tagged();

    await knex.migrate.latest(config);
    expect(await tagged()).toEqual([
      'component:default/shown go',
      'component:default/shown java',
    ]);

    await knex.migrate.down({
      ...config,
      name: '20261124000000_tags_of_scorecard_entities.js',
    });
    expect(await tagged()).toEqual(before);
  });

  it('folds the titles already stored to lower case for searching', async () => {
    const knex = await databases.init(databaseId);
    const config = { directory: migrationsDir };
    await knex.migrate.up({ ...config, name: '20250601000000_init.js' });
    await knex.migrate.up({
      ...config,
      name: '20261124000000_tags_of_scorecard_entities.js',
    });
    await knex(ENTITIES).insert(
      ['ÜBER-Service', null].map((title, i) => entityRow(`e${i}`, { title })),
    );

    await knex.migrate.latest(config);
    expect(
      await knex(ENTITIES).orderBy('entity_ref').pluck('title_lower'),
    ).toEqual(['über-service', null]);
  });

  it('moves the satisfied criteria out of the entities table, and back on the way down', async () => {
    const knex = await databases.init(databaseId);
    const config = { directory: migrationsDir };
    await knex.migrate.up({ ...config, name: '20250601000000_init.js' });
    // Up to the owner roll-ups, the migration before the move.
    for (
      let i = 0;
      i < 50 && !(await knex.schema.hasTable(OWNER_ROLL_UPS));
      i++
    ) {
      await knex.migrate.up(config);
    }
    const entity = (name: string, criteria: string | null) =>
      entityRow(name, { satisfied_criteria: criteria });
    await knex(ENTITIES).insert([
      entity('known', '["alpha.crawl.paged"]'),
      entity('unknown', null),
    ]);

    await knex.migrate.latest(config);
    expect(await knex.schema.hasColumn(ENTITIES, 'satisfied_criteria')).toBe(
      false,
    );
    expect(await knex(ENTITY_CRITERIA).select()).toEqual([
      {
        entity_ref: 'component:default/known',
        satisfied_criteria: '["alpha.crawl.paged"]',
      },
    ]);

    await knex.migrate.down(config);
    expect(
      await knex(ENTITIES).orderBy('entity_ref').pluck('satisfied_criteria'),
    ).toEqual(['["alpha.crawl.paged"]', null]);
  });

  it('restores the tags of many entities on the way down', async () => {
    const knex = await databases.init(databaseId);
    const config = { directory: migrationsDir };
    await knex.migrate.latest(config);
    const tags = ['java', 'go', 'kafka'];
    const gone = Array.from({ length: 400 }, (_, i) =>
      entityRow(`gone-${i}`, { tags: JSON.stringify(tags), in_catalog: false }),
    );
    for (const batch of insertBatches(knex, gone)) {
      await knex(ENTITIES).insert(batch);
    }

    await knex.migrate.down({
      ...config,
      name: '20261124000000_tags_of_scorecard_entities.js',
    });
    const [{ n }] = await knex(ENTITY_TAGS).count({ n: '*' });
    expect(Number(n)).toBe(gone.length * tags.length);
  });
});
