// @ts-check

// From here on the tag table holds the tags of the scorecard's entities only
// (in the catalog and not exempt), so that counting tags needs no join with
// the entities when no other filter applies. The entities keep all their
// tags in their own `tags` column, from which `down` restores the rest.

const ENTITIES = 'sre_maturity_entities';
const ENTITY_TAGS = 'sre_maturity_entity_tags';
const MAX_INDEXED_LENGTH = 255;
// Rows per insert: within every database's limits (SQLite takes 500 rows of
// a multi-row insert). A migration keeps its own constant rather than import
// the plugin's batch sizing, which is not shipped with it and may change.
const ROWS_PER_INSERT = 500;

/**
 * @param {import('knex').Knex} knex
 */
function offScorecard(knex) {
  return knex(ENTITIES)
    .where('in_catalog', false)
    .orWhere('exempt', true)
    .select('entity_ref');
}

/**
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex(ENTITY_TAGS).whereIn('entity_ref', offScorecard(knex)).delete();
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  const rows = await offScorecard(knex).select('tags');
  const tagRows = rows.flatMap(row =>
    [
      ...new Set(
        /** @type {string[]} */ (JSON.parse(row.tags)).map(tag =>
          tag.slice(0, MAX_INDEXED_LENGTH),
        ),
      ),
    ].map(tag => ({ entity_ref: row.entity_ref, tag })),
  );
  for (let i = 0; i < tagRows.length; i += ROWS_PER_INSERT) {
    await knex(ENTITY_TAGS)
      .insert(tagRows.slice(i, i + ROWS_PER_INSERT))
      .onConflict(['entity_ref', 'tag'])
      .ignore();
  }
};
