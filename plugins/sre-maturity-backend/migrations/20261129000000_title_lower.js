// @ts-check

// The title in lower case, folded by JavaScript rather than by the database:
// SQLite's LOWER() folds only ASCII letters, so searching "über" missed
// "Über-Service" there. The name needs no copy: names are ASCII.

const ENTITIES = 'sre_maturity_entities';
const MAX_INDEXED_LENGTH = 255;

/**
 * @param {string} title
 */
function lowerTitle(title) {
  return Array.from(title.toLocaleLowerCase('en-US'))
    .slice(0, MAX_INDEXED_LENGTH)
    .join('');
}

/**
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.alterTable(ENTITIES, table => {
    table
      .string('title_lower', MAX_INDEXED_LENGTH)
      .nullable()
      .comment('The title in lower case, for searching');
  });
  if (knex.client.config.client.includes('sqlite')) {
    // Embedded databases are small enough to fold row by row.
    const rows = await knex(ENTITIES)
      .whereNotNull('title')
      .select('entity_ref', 'title');
    for (const row of rows) {
      await knex(ENTITIES)
        .where('entity_ref', row.entity_ref)
        .update({ title_lower: lowerTitle(row.title) });
    }
  } else {
    // PostgreSQL and MySQL fold every letter.
    await knex(ENTITIES).update({
      title_lower: knex.raw('LOWER(??)', ['title']),
    });
  }
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.alterTable(ENTITIES, table => {
    table.dropColumn('title_lower');
  });
};
