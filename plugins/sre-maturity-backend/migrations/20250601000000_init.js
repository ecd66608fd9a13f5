// @ts-check

// Indexed text columns are varchar(255) rather than text: MySQL and MariaDB
// cannot index text columns without a prefix length. JSON is stored as text so
// that the three supported databases behave the same.

/**
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('sre_maturity_entities', table => {
    table.comment('Catalog fields and computed scores per entity');
    table.string('entity_ref', 255).primary().notNullable();
    table.string('kind', 255).notNullable();
    table.string('namespace', 255).notNullable();
    table.string('name', 255).notNullable();
    table.string('title', 255).nullable();
    table.string('owner', 255).nullable();
    table.string('system', 255).nullable();
    table.string('type', 255).nullable();
    table.string('lifecycle', 255).nullable();
    table.text('tags').notNullable().comment('JSON array of tags');
    table
      .text('targets')
      .notNullable()
      .comment('JSON of the target phases from the annotations');
    table.string('target', 16).nullable().comment('Overall target phase');
    table.boolean('exempt').notNullable().defaultTo(false);
    table.text('exempt_reason').nullable();
    table
      .boolean('in_catalog')
      .notNullable()
      .defaultTo(true)
      .comment('False once the entity left the catalog; its history stays');
    table
      .integer('revision')
      .notNullable()
      .defaultTo(0)
      .comment('Incremented by every accepted answer update');
    table.integer('overall_rank').notNullable().defaultTo(0);
    table.integer('score').notNullable().defaultTo(0);
    table.integer('gap').notNullable().defaultTo(0);
    table
      .text('area_levels')
      .notNullable()
      .comment('JSON object of area id to level, copied into snapshots');
    table.dateTime('last_assessed_at', { precision: 3 }).nullable();
    table
      .dateTime('oldest_answer_at', { precision: 3 })
      .nullable()
      .comment('Staleness is decided at query time from this');
    table
      .string('fingerprint', 64)
      .notNullable()
      .comment('Hash of the cached content, to skip unchanged writes');
    table.dateTime('synced_at', { precision: 3 }).nullable();
    table.index(['in_catalog', 'exempt', 'score'], 'sre_mat_ent_score_idx');
    table.index(['owner'], 'sre_mat_ent_owner_idx');
    table.index(['system'], 'sre_mat_ent_system_idx');
    table.index(['kind'], 'sre_mat_ent_kind_idx');
    table.index(['type'], 'sre_mat_ent_type_idx');
    table.index(['lifecycle'], 'sre_mat_ent_lifecycle_idx');
    table.index(['name'], 'sre_mat_ent_name_idx');
    table.index(['overall_rank'], 'sre_mat_ent_overall_idx');
    table.index(['gap'], 'sre_mat_ent_gap_idx');
    table.index(['last_assessed_at'], 'sre_mat_ent_assessed_idx');
    table.index(['oldest_answer_at'], 'sre_mat_ent_oldest_idx');
  });

  await knex.schema.createTable('sre_maturity_entity_evidence', table => {
    // Apart from the entities, whose rows every scorecard query scans and
    // which stay narrow that way.
    table.comment('The evidence found per entity');
    table.string('entity_ref', 255).primary().notNullable();
    table.text('evidence').notNullable().comment('JSON array of evidence');
  });

  await knex.schema.createTable('sre_maturity_viewers', table => {
    table.comment(
      'A remembered list of the entities a caller may read, for callers whose catalog read permission is conditional',
    );
    table.string('id', 36).primary().notNullable();
    table.dateTime('created_at', { precision: 3 }).notNullable();
    table.index(['created_at'], 'sre_mat_viewers_created_idx');
  });

  await knex.schema.createTable('sre_maturity_viewer_entities', table => {
    table.comment('The entities each remembered viewer may read');
    table.string('viewer_id', 36).notNullable();
    table.string('entity_ref', 255).notNullable();
    table.primary(['viewer_id', 'entity_ref']);
  });

  await knex.schema.createTable('sre_maturity_entity_tags', table => {
    table.comment('One row per entity tag, to filter and count tags in SQL');
    table.string('entity_ref', 255).notNullable();
    table.string('tag', 255).notNullable();
    table.primary(['entity_ref', 'tag']);
    table.index(['tag', 'entity_ref'], 'sre_mat_tags_tag_idx');
  });

  await knex.schema.createTable('sre_maturity_area_results', table => {
    table.comment('Level and progress per entity and area');
    table.string('entity_ref', 255).notNullable();
    table.string('area_id', 255).notNullable();
    table.integer('level_rank').notNullable();
    table.float('progress').notNullable();
    table.integer('gap').notNullable().defaultTo(0);
    table.primary(['entity_ref', 'area_id']);
    table.index(
      ['area_id', 'level_rank', 'progress'],
      'sre_mat_area_level_idx',
    );
  });

  await knex.schema.createTable('sre_maturity_answers', table => {
    table.comment('The current answer per entity and criterion');
    table.string('entity_ref', 255).notNullable();
    table.string('criterion_id', 255).notNullable();
    table.string('status', 32).notNullable();
    table.text('note').nullable();
    table.text('evidence_url').nullable();
    table.text('reason').nullable();
    table.string('expires_at', 10).nullable().comment('ISO date');
    table.string('answered_by', 255).notNullable();
    table.dateTime('answered_at', { precision: 3 }).notNullable();
    table.primary(['entity_ref', 'criterion_id']);
  });

  await knex.schema.createTable('sre_maturity_history', table => {
    table.comment('Append-only log of every answer change');
    table.bigIncrements('id').primary();
    table.string('entity_ref', 255).notNullable();
    table.string('criterion_id', 255).notNullable();
    table.string('old_status', 32).nullable().comment('Null: unanswered');
    table.string('new_status', 32).nullable().comment('Null: cleared');
    table.text('note').nullable();
    table.text('evidence_url').nullable();
    table.text('reason').nullable();
    table.string('expires_at', 10).nullable();
    table.string('actor', 255).notNullable();
    table.dateTime('created_at', { precision: 3 }).notNullable();
    table.integer('revision').notNullable();
    table.index(['entity_ref', 'id'], 'sre_mat_hist_entity_idx');
  });

  await knex.schema.createTable('sre_maturity_snapshots', table => {
    table.comment('Scores over time: on every change and once per day');
    table.bigIncrements('id').primary();
    table.string('entity_ref', 255).notNullable();
    table.dateTime('taken_at', { precision: 3 }).notNullable();
    table.string('day', 10).notNullable().comment('UTC date of taken_at');
    table
      .string('daily_day', 10)
      .nullable()
      .comment('Set on the daily snapshot only; unique per entity');
    table.string('reason', 16).notNullable().comment("'change' or 'daily'");
    table.integer('overall_rank').notNullable();
    table.integer('score').notNullable();
    table.text('area_levels').notNullable();
    table.unique(['entity_ref', 'daily_day'], {
      indexName: 'sre_mat_snap_daily_uniq',
    });
    table.index(['daily_day', 'entity_ref'], 'sre_mat_snap_day_idx');
    table.index(['entity_ref', 'taken_at'], 'sre_mat_snap_entity_idx');
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('sre_maturity_viewer_entities');
  await knex.schema.dropTable('sre_maturity_viewers');
  await knex.schema.dropTable('sre_maturity_snapshots');
  await knex.schema.dropTable('sre_maturity_history');
  await knex.schema.dropTable('sre_maturity_answers');
  await knex.schema.dropTable('sre_maturity_area_results');
  await knex.schema.dropTable('sre_maturity_entity_tags');
  await knex.schema.dropTable('sre_maturity_entity_evidence');
  await knex.schema.dropTable('sre_maturity_entities');
};
