import { TestDatabases } from '@backstage/backend-test-utils';
import { orderNullsLast, whereOneOf } from './dialect';

jest.setTimeout(60_000);

const databases = TestDatabases.create({
  ids: ['SQLITE_3', 'POSTGRES_15', 'MYSQL_8'],
});

describe.each(databases.eachSupportedId())('whereOneOf on %p', databaseId => {
  it('matches exactly the given values, quotes and backslashes included', async () => {
    const knex = await databases.init(databaseId);
    await knex.schema.createTable('values_test', table => {
      table.string('value').primary();
    });
    const stored = ['a', 'b"quoted"', 'c\\slash', 'd,comma', 'e{brace}', 'f'];
    await knex('values_test').insert(stored.map(value => ({ value })));
    // More values than any database takes as bind parameters.
    const wanted = [
      ...Array.from({ length: 70_000 }, (_, i) => `x${i}`),
      'b"quoted"',
      'c\\slash',
      'd,comma',
      'e{brace}',
    ];

    const query = () => knex('values_test').orderBy('value').pluck('value');
    expect(await whereOneOf(knex, query(), 'value', wanted)).toEqual([
      'b"quoted"',
      'c\\slash',
      'd,comma',
      'e{brace}',
    ]);
    expect(await whereOneOf(knex, query(), 'value', [])).toEqual([]);
  });
});

describe.each(databases.eachSupportedId())(
  'orderNullsLast on %p',
  databaseId => {
    it('puts missing values last in both directions', async () => {
      const knex = await databases.init(databaseId);
      await knex.schema.createTable('nulls_test', table => {
        table.integer('id').primary();
        table.string('value').nullable();
      });
      await knex('nulls_test').insert([
        { id: 1, value: 'b' },
        { id: 2, value: null },
        { id: 3, value: 'a' },
        { id: 4, value: 'c' },
      ]);
      const sorted = (direction: 'asc' | 'desc') =>
        orderNullsLast(knex, knex('nulls_test'), 'value', direction).pluck(
          'id',
        );
      expect(await sorted('asc')).toEqual([3, 1, 4, 2]);
      expect(await sorted('desc')).toEqual([4, 1, 3, 2]);
    });
  },
);
