import os from 'node:os';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { listCriteria } from '@sre-maturity/backstage-plugin-common';
import { BenchCatalog } from './BenchCatalog';
import { BenchClient } from './BenchClient';
import {
  createBenchDatabase,
  dropBenchDatabase,
  tableSizes,
} from './benchDatabase';
import { generateCatalog, SCORED_KINDS } from './generateCatalog';
import { Random } from '../src/__testUtils__/random';
import { measureCampaigns } from './measureCampaigns';
import { measureGroupView } from './measureGroupView';
import { measureScorecard } from './measureScorecard';
import { seedAnswers, seedHistory, seedSnapshots } from './seedAssessments';
import { benchSettings, createBenchSync } from './benchSync';
import { CONDITIONAL_READ, startBenchBackend } from './startBenchBackend';
import { measureSyncCost } from './syncCost';
import { measureEvidenceCoverage } from './evidenceCoverage';
import {
  formatMetrics,
  formatSizes,
  Metric,
  passes,
  percentile,
} from './stats';

// `yarn bench`: seeds a PostgreSQL database with a large catalog's
// assessments and measures the plugin's API over HTTP. It prints figures; it
// fails only when the benchmark itself breaks, never because of a figure.

const env = process.env;
const options = {
  databaseUrl: env.BENCH_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432',
  database: env.BENCH_DATABASE_NAME ?? 'sre_maturity_bench',
  entities: Number(env.BENCH_ENTITIES ?? 50_000),
  assessedShare: Number(env.BENCH_ASSESSED_SHARE ?? 0.4),
  snapshotDays: Number(env.BENCH_SNAPSHOT_DAYS ?? 30),
  concurrency: Number(env.BENCH_CONCURRENCY ?? 20),
  conditionalShare: Number(env.BENCH_CONDITIONAL_SHARE ?? 0.6),
  catalogLatencyMs: Number(env.BENCH_CATALOG_LATENCY_MS ?? 0),
  keepDatabase: env.BENCH_KEEP_DATABASE === '1',
};

const log = (message: string) =>
  process.stdout.write(
    `[${new Date().toISOString().slice(11, 19)}] ${message}\n`,
  );

/** Of the last 1, 5 and 15 minutes: other work on the machine skews figures. */
const loadAverage = () =>
  os
    .loadavg()
    .map(l => l.toFixed(1))
    .join(' ');

async function main() {
  const metrics: Metric[] = [];
  const sizes: Array<[string, string]> = [];
  const metric = (
    name: string,
    samples: number[],
    targetMs?: number,
    note?: string,
  ) => {
    metrics.push({ name, samples, targetMs, note });
    log(
      `${name}: n=${samples.length} p50=${percentile(samples, 50).toFixed(
        1,
      )} ms p95=${percentile(samples, 95).toFixed(1)} ms`,
    );
  };

  const { model } = benchSettings;
  const data = generateCatalog(options.entities);
  const catalog = new BenchCatalog(data.entities, options.catalogLatencyMs);
  log(`Load average: ${loadAverage()}`);
  log(
    `Catalog: ${data.entities.length} entities, ${data.owners.length} owners, ${data.systems.length} systems; database ${options.database}`,
  );

  const knex = await createBenchDatabase(options.databaseUrl, options.database);
  const backend = await startBenchBackend({ knex, catalog });
  const api = new BenchClient(backend.baseUrl);
  try {
    const seeded = await seedAnswers({
      knex,
      model,
      entities: data.entities,
      scored: entity => SCORED_KINDS.has(entity.kind),
      share: options.assessedShare,
      now: new Date(),
    });
    log(`Seeded ${seeded.answers} answers for ${seeded.entities} entities`);
    // Statistics as autovacuum would have gathered them while the answers
    // accumulated (some test machines run PostgreSQL without autovacuum).
    await knex.raw('VACUUM ANALYZE');

    // The sync fills the cache the scorecard reads; `yarn bench sync`
    // measures what it costs.
    const sync = await createBenchSync({ knex, catalog });
    log(`Sync: ${JSON.stringify(await sync.run())}`);

    await seedHistory(knex);
    await seedSnapshots(knex, options.snapshotDays);
    // What autovacuum would have done long since in a live installation.
    await knex.raw('VACUUM ANALYZE');
    log('Seeded history and snapshots');

    // Requests run as the default mock user, who sees every entity until
    // the conditional phase, and then this share of them.
    const visibleRandom = new Random(5);
    const visible = new Set(
      data.entities.filter(() =>
        visibleRandom.chance(options.conditionalShare),
      ),
    );
    const scored = data.entities.filter(e => SCORED_KINDS.has(e.kind));
    const pathOf = (entity: Entity) =>
      `/assessments/${stringifyEntityRef(entity).replace(':', '/')}`;
    const touched = pathOf(scored.find(e => visible.has(e))!);
    let writes = 0;
    const write = async () => {
      const { body: current } = await api.getJson(touched);
      await api.sendJson('PATCH', touched, {
        revision: current.revision,
        answers: [
          {
            criterionId: 'on-call.crawl.escalation-process',
            status: writes++ % 2 ? 'met' : 'not-met',
          },
        ],
      });
    };
    const scorecard = (label: string) =>
      measureScorecard({
        api,
        data,
        label,
        concurrency: options.concurrency,
        write,
      });
    for (const m of await scorecard('')) {
      metric(m.name, m.samples, m.targetMs, m.note);
    }

    const { body: summary } = await api.getJson('/scorecard?limit=1');
    const random = new Random(11);
    const sample = Array.from({ length: 200 }, () => random.pick(scored));

    const gets: number[] = [];
    for (const entity of sample) {
      gets.push((await api.getJson(pathOf(entity))).ms);
    }
    metric('GET one assessment', gets, 50);

    const criteria = listCriteria(model);
    const patches: number[] = [];
    for (const entity of sample) {
      const { body: current } = await api.getJson(pathOf(entity));
      const answers = Array.from({ length: 1 + random.int(3) }, () =>
        random.pick(criteria),
      )
        .filter((c, i, all) => all.indexOf(c) === i)
        .map(criterion => {
          const status = random.pick(['met', 'not-met', 'not-applicable']);
          return {
            criterionId: criterion.id,
            status,
            note: 'Reviewed in the benchmark',
            ...(status === 'not-applicable' && { reason: 'Not relevant' }),
            ...(status === 'met' && {
              evidenceUrl: 'https://wiki.example.com/evidence',
            }),
          };
        });
      const { ms } = await api.sendJson('PATCH', pathOf(entity), {
        revision: current.revision,
        answers,
      });
      patches.push(ms);
    }
    metric('PATCH one assessment', patches, 100);

    const histories: number[] = [];
    const trends: number[] = [];
    for (const entity of sample.slice(0, 50)) {
      histories.push((await api.getJson(`${pathOf(entity)}/history`)).ms);
      trends.push((await api.getJson(`${pathOf(entity)}/trend`)).ms);
    }
    metric('GET entity history', histories);
    metric('GET entity trend (90 days)', trends);

    const groups: number[] = [];
    const orgTrends: number[] = [];
    for (const query of [
      'by=owner',
      'by=owner&orderBy=averageScore&order=desc',
      'by=system&lifecycle=production',
      'by=system&orderBy=entities&order=desc&offset=100',
    ]) {
      groups.push((await api.getJson(`/scorecard/groups?${query}`)).ms);
    }
    for (const query of ['', 'lifecycle=production', 'tag=java']) {
      orgTrends.push((await api.getJson(`/scorecard/trend?${query}`)).ms);
    }
    const areas: number[] = [];
    for (const query of ['', 'lifecycle=production', 'tag=java&stale=true']) {
      areas.push((await api.getJson(`/scorecard/areas?${query}`)).ms);
    }
    metric('GET scorecard groups (page of 50)', groups);
    metric('GET scorecard trend (90 days)', orgTrends);
    metric('GET scorecard areas (phase per area)', areas);
    for (const m of await measureGroupView({ api, data, write })) {
      metric(m.name, m.samples, m.targetMs, m.note);
    }
    for (const m of await measureCampaigns({
      api,
      data,
      snapshotDays: options.snapshotDays,
      write,
    })) {
      metric(m.name, m.samples, m.targetMs, m.note);
    }

    const exports: number[] = [];
    for (const query of [
      '',
      'orderBy=score&order=desc',
      'orderBy=observability',
    ]) {
      const { ms, text } = await api.request(
        'GET',
        `/scorecard/export.csv?${query}`,
      );
      const rows = text.split('\r\n').length - 2;
      if (rows !== summary.totalItems) {
        throw new Error(
          `Export has ${rows} rows, expected ${summary.totalItems}`,
        );
      }
      exports.push(ms);
    }
    metric(`full CSV export (${summary.totalItems} rows)`, exports, 5_000);

    // A policy under which the caller sees only part of the catalog.
    catalog.restrictUsers(entity => visible.has(entity));
    backend.read.current = CONDITIONAL_READ;
    log(
      `Conditional read: the caller sees ${catalog.userVisibleCount} entities`,
    );
    // A caller's first request reads the list of what they may see from the
    // catalog; one request alone does not store it. The first caller ever
    // is not counted: like the other figures, these are for a process whose
    // code paths have run before.
    await api.getJson('/scorecard', 'user:default/bench-warm-up');
    const firstRequests: number[] = [];
    for (let i = 0; i < 10; i++) {
      const user = `user:default/bench-${i}`;
      firstRequests.push((await api.getJson('/scorecard', user)).ms);
    }
    metric(
      `scorecard page of 50, conditional read, a caller's first request`,
      firstRequests,
      150,
    );
    // As the scorecard page makes them: the rows, then the facet counts,
    // whose request starts the write of the caller's list.
    const firstRowRequests: number[] = [];
    const secondRequests: number[] = [];
    for (let i = 0; i < 10; i++) {
      const user = `user:default/bench-page-${i}`;
      firstRowRequests.push(
        (await api.getJson('/scorecard?facets=false', user)).ms,
      );
      secondRequests.push((await api.getJson('/scorecard/facets', user)).ms);
    }
    metric(
      `scorecard page of 50, conditional read, a caller's first request, without facet counts`,
      firstRowRequests,
    );
    metric(
      `facet counts, conditional read, a caller's second request (their list is written meanwhile)`,
      secondRequests,
    );
    for (const m of await scorecard(
      `, conditional read (${catalog.userVisibleCount} visible)`,
    )) {
      metric(m.name, m.samples, m.targetMs, m.note);
    }
    const conditionalExport = await api.request('GET', '/scorecard/export.csv');
    metric('full CSV export, conditional read', [conditionalExport.ms], 5_000);
    backend.read.current = { result: AuthorizeResult.ALLOW };
    catalog.restrictUsers(undefined);

    sizes.push(
      ['catalog entities', String(data.entities.length)],
      [
        'scorecard entities (not excluded or exempt)',
        String(summary.totalItems),
      ],
      ['entities with answers', String(seeded.entities)],
    );
    for (const table of await tableSizes(knex)) {
      sizes.push([
        table.table,
        `${table.rows} rows, ${(table.bytes / 1024 / 1024).toFixed(0)} MiB`,
      ]);
    }
  } finally {
    await backend.stop();
    await knex.destroy();
    if (!options.keepDatabase) {
      await dropBenchDatabase(options.databaseUrl, options.database);
    }
  }

  process.stdout.write(
    `\nSRE maturity backend benchmark, PostgreSQL, ${
      os.cpus().length
    } CPUs (load average at the end: ${loadAverage()}), Node ${
      process.version
    }\n\n${formatSizes(sizes)}\n\n${formatMetrics(metrics)}\n\n`,
  );
  const missed = metrics.filter(m => passes(m) === false);
  process.stdout.write(
    missed.length
      ? `Targets missed:\n${missed.map(m => `  - ${m.name}`).join('\n')}\n`
      : 'Every target met.\n',
  );
}

// `yarn bench sync` measures what the catalog sync costs instead, and
// `yarn bench coverage` how much the automatic evidence proves.
const benchmarks: Record<string, () => Promise<void>> = {
  sync: measureSyncCost,
  coverage: measureEvidenceCoverage,
};

(benchmarks[process.argv[2]] ?? main)().catch(error => {
  process.stderr.write(`The benchmark broke: ${error?.stack ?? error}\n`);
  process.exit(1);
});
