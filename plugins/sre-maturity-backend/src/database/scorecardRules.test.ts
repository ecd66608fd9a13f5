import { TestDatabases } from '@backstage/backend-test-utils';
import { Knex } from 'knex';
import {
  belowTargetRule,
  EntityRule,
  isOnScorecard,
  ruleFlag,
  staleRule,
  whereOnScorecard,
  whereRule,
} from './scorecardRules';

jest.setTimeout(60_000);

const databases = TestDatabases.create({
  ids: ['SQLITE_3', 'POSTGRES_15', 'MYSQL_8'],
});

const TABLE = 'scorecard_rules_test';
const staleBefore = new Date('2026-06-01T00:00:00.000Z');

/** The columns the rules read, with every case that matters to them. */
const ENTITIES = [
  { id: 'old', oldest: '2026-01-01T00:00:00.000Z', gap: 0, cat: 1, ex: 0 },
  { id: 'at', oldest: staleBefore.toISOString(), gap: 2, cat: 1, ex: 1 },
  { id: 'new', oldest: '2026-07-01T00:00:00.000Z', gap: 1, cat: 0, ex: 0 },
  { id: 'none', oldest: null, gap: 0, cat: 0, ex: 1 },
];

describe.each(databases.eachSupportedId())('on %p', databaseId => {
  let db: Knex;

  beforeAll(async () => {
    db = await databases.init(databaseId);
    await db.schema.createTable(TABLE, table => {
      table.string('id').primary();
      table.dateTime('oldest_answer_at', { precision: 3 }).nullable();
      table.integer('gap').notNullable();
      table.boolean('in_catalog').notNullable();
      table.boolean('exempt').notNullable();
    });
    await db(TABLE).insert(
      ENTITIES.map(e => ({
        id: e.id,
        oldest_answer_at: e.oldest ? new Date(e.oldest) : null,
        gap: e.gap,
        in_catalog: Boolean(e.cat),
        exempt: Boolean(e.ex),
      })),
    );
  });

  const ids = async (
    where: (builder: Knex.QueryBuilder) => Knex.QueryBuilder,
  ) => {
    const rows = await where(db({ e: TABLE }))
      .orderBy('e.id')
      .pluck('e.id');
    return rows.map(String);
  };

  const flags = async (rule: EntityRule) => {
    const flag = ruleFlag(rule);
    const rows: Array<{ id: string; flag: unknown }> = await db({ e: TABLE })
      .select('e.id', db.raw(`${flag.sql} AS flag`, flag.bindings))
      .orderBy('e.id');
    return Object.fromEntries(rows.map(row => [row.id, Number(row.flag)]));
  };

  it('calls stale an answer before the instant, not one at it or none', async () => {
    const stale = staleRule(staleBefore);
    expect(await ids(b => whereRule(b, stale, true))).toEqual(['old']);
    expect(await ids(b => whereRule(b, stale, false))).toEqual([
      'at',
      'new',
      'none',
    ]);
    expect(await flags(stale)).toEqual({ old: 1, at: 0, new: 0, none: 0 });
  });

  it('calls below target a gap above zero', async () => {
    expect(await ids(b => whereRule(b, belowTargetRule, true))).toEqual([
      'at',
      'new',
    ]);
    expect(await ids(b => whereRule(b, belowTargetRule, false))).toEqual([
      'none',
      'old',
    ]);
    expect(await flags(belowTargetRule)).toEqual({
      old: 0,
      at: 1,
      new: 1,
      none: 0,
    });
  });

  it('puts on the scorecard the entities its JavaScript twin does', async () => {
    const expected = ENTITIES.filter(e =>
      isOnScorecard({ scorable: Boolean(e.cat), exempt: Boolean(e.ex) }),
    ).map(e => e.id);
    expect(expected).toEqual(['old']);
    expect(await ids(whereOnScorecard)).toEqual(expected);
  });
});
