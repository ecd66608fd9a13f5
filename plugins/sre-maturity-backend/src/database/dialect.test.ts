import { TestDatabases } from '@backstage/backend-test-utils';
import { whereOneOf } from './dialect';

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
