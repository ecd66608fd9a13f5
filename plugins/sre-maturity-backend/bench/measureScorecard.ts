import { BenchClient } from './BenchClient';
import {
  scorecardQuery,
  ScorecardVariant,
  scorecardVariants,
} from './scorecardVariants';
import { BenchCatalogData } from './generateCatalog';
import { Metric, timed } from './stats';

const PAGE = 50;
const TARGET_MS = 150;

/** Runs `count` calls of `fn` on `clients` concurrent workers. */
async function concurrently(
  clients: number,
  count: number,
  fn: (i: number) => Promise<number>,
): Promise<number[]> {
  const samples: number[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (next < count) {
        samples.push(await fn(next++));
      }
    }),
  );
  return samples;
}

/**
 * Scorecard pages of 50 rows over the spread of filters and sorts in
 * `scorecardVariants`: each right after a write (so that nothing is
 * cached), with and without facet counts, then twice more (facet counts and totals cached, as while a user
 * pages and sorts), then from concurrent clients.
 */
export async function measureScorecard(options: {
  api: BenchClient;
  data: BenchCatalogData;
  label: string;
  concurrency: number;
  /** Writes an assessment, which makes the plugin forget what it cached. */
  write: () => Promise<void>;
}): Promise<Metric[]> {
  const { api, label, concurrency, write } = options;
  const variants = scorecardVariants(options.data);
  const get = async (query: string) =>
    (await api.getJson(`/scorecard?${query}`)).ms;

  // Where each variant's page starts depends on how many rows match.
  const pages = new Map<ScorecardVariant, string>();
  for (const variant of variants) {
    const { body } = await api.getJson(
      `/scorecard?${scorecardQuery(variant, { limit: 1, offset: 0 })}`,
    );
    const offset = Math.max(
      0,
      Math.min(
        Math.floor(body.totalItems * variant.depth),
        body.totalItems - PAGE,
      ),
    );
    pages.set(variant, scorecardQuery(variant, { limit: PAGE, offset }));
  }

  const uncached: number[] = [];
  for (const variant of variants) {
    await write();
    uncached.push(await get(pages.get(variant)!));
  }
  // As the scorecard page asks for its rows: the facet counts come apart.
  const rowsOnly: number[] = [];
  for (const variant of variants) {
    await write();
    rowsOnly.push(await get(`${pages.get(variant)!}&facets=false`));
  }
  const cached: number[] = [];
  for (let round = 0; round < 2; round++) {
    for (const variant of variants) {
      cached.push(await get(pages.get(variant)!));
    }
  }
  const { ms: wallMs, result: concurrent } = await timed(() =>
    concurrently(concurrency, variants.length * 5, i =>
      get(pages.get(variants[i % variants.length])!),
    ),
  );
  return [
    {
      name: `scorecard page of ${PAGE}${label}, nothing cached`,
      samples: uncached,
      targetMs: TARGET_MS,
    },
    {
      name: `scorecard page of ${PAGE}${label}, without facet counts, nothing cached`,
      samples: rowsOnly,
    },
    {
      name: `scorecard page of ${PAGE}${label}, counts cached`,
      samples: cached,
      targetMs: TARGET_MS,
    },
    {
      name: `scorecard page of ${PAGE}${label}, ${concurrency} concurrent clients`,
      samples: concurrent,
      note: `${((concurrent.length * 1000) / wallMs).toFixed(0)} requests/s`,
    },
  ];
}
