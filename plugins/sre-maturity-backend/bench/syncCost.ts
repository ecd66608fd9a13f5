import os from 'node:os';
import { Entity } from '@backstage/catalog-model';
import knexFactory, { Knex } from 'knex';
import { generateRealisticCatalog } from '../src/__testUtils__/realisticCatalog';
import { Random } from '../src/__testUtils__/random';
import { CatalogSync, SyncSummary } from '../src/sync/CatalogSync';
import { BenchCatalog } from './BenchCatalog';
import { createBenchDatabase, dropBenchDatabase } from './benchDatabase';
import { benchSettings, createBenchSync } from './benchSync';
import { changedCatalog } from './changedCatalog';
import { seedAnswers } from './seedAssessments';
import { formatTable, percentile } from './stats';

// `yarn bench sync`: what one run of the catalog sync costs, into an empty
// cache, with nothing changed, and after 7% of the catalog changed, at
// 2,000 and 50,000 entities on PostgreSQL and at 2,000 on SQLite (in memory,
// the embedded default). The default sync cadence is chosen from the
// no-change run (see readSyncConfig.ts). The catalog is the realistic
// generated one, served by the bench's in-memory fake, which answers at
// once: a real catalog adds its own time per page. 40% of the entities the
// sync keeps have answers. The sync is called as the scheduled task calls
// it. It prints figures and fails only when it breaks.

type DatabaseKind = 'postgres' | 'sqlite';

interface Setup {
  database: DatabaseKind;
  entities: number;
}

const env = process.env;
const options = {
  databaseUrl: env.BENCH_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432',
  database: env.BENCH_DATABASE_NAME ?? 'sre_maturity_sync_bench',
  /** `database:entities`, comma separated. */
  setups: (env.BENCH_SYNC_SETUPS ?? 'sqlite:2000,postgres:2000,postgres:50000')
    .split(',')
    .map((setup): Setup => {
      const [database, entities] = setup.trim().split(':');
      if (database !== 'postgres' && database !== 'sqlite') {
        throw new Error(`BENCH_SYNC_SETUPS: unknown database '${database}'`);
      }
      return { database, entities: Number(entities) };
    }),
  runs: Number(env.BENCH_SYNC_RUNS ?? 3),
  assessedShare: Number(env.BENCH_ASSESSED_SHARE ?? 0.4),
  catalogLatencyMs: Number(env.BENCH_CATALOG_LATENCY_MS ?? 0),
};

const DATABASE_NAMES: Record<DatabaseKind, string> = {
  postgres: 'PostgreSQL 15',
  sqlite: 'SQLite (in memory)',
};

const log = (message: string) =>
  process.stdout.write(
    `[${new Date().toISOString().slice(11, 19)}] ${message}\n`,
  );

/** One run: wall time, and the CPU time of this Node process in it. */
interface RunCost {
  ms: number;
  cpuMs: number;
  summary: SyncSummary;
}

async function measureRun(sync: CatalogSync): Promise<RunCost> {
  const cpu = process.cpuUsage();
  const start = process.hrtime.bigint();
  const summary = await sync.run();
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const { user, system } = process.cpuUsage(cpu);
  return { ms, cpuMs: (user + system) / 1000, summary };
}

/** The database as a default installation opens it, and how to drop it. */
async function openDatabase(
  kind: DatabaseKind,
): Promise<{ knex: Knex; close: () => Promise<void> }> {
  if (kind === 'postgres') {
    const knex = await createBenchDatabase(
      options.databaseUrl,
      options.database,
    );
    return {
      knex,
      close: async () => {
        await knex.destroy();
        await dropBenchDatabase(options.databaseUrl, options.database);
      },
    };
  }
  // As Backstage opens `backend.database: { client: better-sqlite3,
  // connection: ':memory:' }`, the embedded default.
  const knex = knexFactory({
    client: 'better-sqlite3',
    connection: { filename: ':memory:' },
    useNullAsDefault: true,
  });
  return { knex, close: () => knex.destroy() };
}

interface SetupCost {
  setup: Setup;
  kept: number;
  first: RunCost;
  unchanged: RunCost[];
  changed: RunCost[];
}

async function measureSetup(setup: Setup): Promise<SetupCost> {
  const excluded = new Set(
    benchSettings.excludeKinds.map(kind => kind.toLocaleLowerCase('en-US')),
  );
  const kept = (entity: Entity) =>
    !excluded.has(entity.kind.toLocaleLowerCase('en-US'));
  const { entities } = generateRealisticCatalog({ entities: setup.entities });
  const catalog = new BenchCatalog(entities, options.catalogLatencyMs);
  const { knex, close } = await openDatabase(setup.database);
  try {
    const sync = await createBenchSync({ knex, catalog });
    const seeded = await seedAnswers({
      knex,
      model: benchSettings.model,
      entities,
      scored: kept,
      share: options.assessedShare,
      now: new Date(),
    });
    log(`Seeded ${seeded.answers} answers for ${seeded.entities} entities`);

    const first = await measureRun(sync);
    log(`First run: ${JSON.stringify(first.summary)}`);
    if (setup.database === 'postgres') {
      // What autovacuum does after a bulk insert (some test machines run
      // PostgreSQL without it).
      await knex.raw('VACUUM ANALYZE');
    }
    const unchanged: RunCost[] = [];
    for (let i = 0; i < options.runs; i++) {
      unchanged.push(await measureRun(sync));
    }
    log(`No change: ${JSON.stringify(unchanged[0].summary)}`);
    const changed: RunCost[] = [];
    for (let i = 0; i < options.runs; i++) {
      catalog.setEntities(changedCatalog(entities, new Random(3 + i), kept));
      changed.push(await measureRun(sync));
      // Back to the original catalog, unmeasured, for the next sample.
      catalog.setEntities(entities);
      await sync.run();
    }
    log(`7% changed: ${JSON.stringify(changed[0].summary)}`);
    return { setup, kept: first.summary.entities, first, unchanged, changed };
  } finally {
    await close();
  }
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** The median and the slowest of the samples, in seconds. */
const spread = (runs: RunCost[], of: (run: RunCost) => number) => {
  const values = runs.map(of);
  return `${seconds(percentile(values, 50))} (max ${seconds(
    Math.max(...values),
  )})`;
};

/** Measures every setup and prints the table. */
export async function measureSyncCost() {
  log(
    `Load average: ${os
      .loadavg()
      .map(l => l.toFixed(1))
      .join(' ')}`,
  );
  const costs: SetupCost[] = [];
  for (const setup of options.setups) {
    log(`${DATABASE_NAMES[setup.database]}, ${setup.entities} entities`);
    costs.push(await measureSetup(setup));
  }
  const rows = [
    [
      'database',
      'entities',
      'kept',
      'first run',
      'no change',
      'no change, Node CPU',
      '7% changed',
      '',
    ],
    ...costs.map(cost => [
      DATABASE_NAMES[cost.setup.database],
      String(cost.setup.entities),
      String(cost.kept),
      seconds(cost.first.ms),
      spread(cost.unchanged, run => run.ms),
      spread(cost.unchanged, run => run.cpuMs),
      spread(cost.changed, run => run.ms),
      `${cost.changed[0].summary.updated} updated, ${cost.changed[0].summary.removed} removed`,
    ]),
  ];
  process.stdout.write(
    `\nSRE maturity catalog sync cost, ${os.cpus().length} CPUs (${
      os.cpus()[0]?.model
    }), Node ${process.version}, ${
      options.runs
    } runs each (median, max)\n\n${formatTable(rows)}\n`,
  );
}
