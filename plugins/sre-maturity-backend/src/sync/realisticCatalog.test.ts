import { mockServices, TestDatabases } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { ConfigReader } from '@backstage/config';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import {
  MATURITY_LEVELS,
  readSreMaturityConfig,
} from '@sre-maturity/backstage-plugin-common';
import { Knex } from 'knex';
import request from 'supertest';
import { SreMaturityStores } from '../database/createDatabaseStores';
import { SORTABLE_COLUMNS } from '../database/sortColumns';
import { createCatalogEvidenceProvider } from '../evidence/catalogEvidenceProvider';
import { EvidenceCollector } from '../evidence/EvidenceCollector';
import {
  changeRealisticCatalog,
  ExpectedEntity,
  generateRealisticCatalog,
  RealisticCatalog,
} from '../__testUtils__/realisticCatalog';
import { testStores } from '../__testUtils__/stores';
import { startSreMaturityBackend } from '../__testUtils__/testBackend';
import { CatalogSync, SyncSummary } from './CatalogSync';

// The realistic catalog synced and read back through the API on every
// database: each scorable entity on the scorecard once, with the counts the
// generator's own record of the catalog gives.

jest.setTimeout(180_000);

const databases = TestDatabases.create({
  ids: ['SQLITE_3', 'POSTGRES_15', 'MYSQL_8'],
});

/** The default model and kinds, as a new installation has them. */
const config = { sreMaturity: { staleAfter: { days: 30 } } };
const { model, excludeKinds } = readSreMaturityConfig(new ConfigReader(config));
const excluded = new Set(excludeKinds.map(kind => kind.toLowerCase()));

const API = '/api/sre-maturity';
const PAGE = 500;
const FACETS = ['owner', 'system', 'kind', 'type', 'lifecycle', 'tag'] as const;

/** What the scorecard should show: kinds not excluded, not exempt. */
const scorable = (catalog: RealisticCatalog) =>
  [...catalog.expected.values()].filter(
    entity => !excluded.has(entity.kind.toLowerCase()) && !entity.exempt,
  );

/** A title as the scorecard keeps it: its first 255 characters. */
const shown = (title?: string) =>
  title && Array.from(title).slice(0, 255).join('');

/** The values of a facet of an entity. */
const valuesOf = (entity: ExpectedEntity, facet: (typeof FACETS)[number]) =>
  facet === 'tag' ? entity.tags : [entity[facet]].flatMap(v => v ?? []);

/**
 * How many entities have each value of a facet, by `key` of the value.
 * MySQL and MariaDB compare text without case, so that there `Service` and
 * `service` are one value; PostgreSQL and SQLite keep them apart.
 */
function countsOf(
  entities: ExpectedEntity[],
  facet: (typeof FACETS)[number],
  key: (value: string) => string,
) {
  const counts = new Map<string, number>();
  for (const entity of entities) {
    for (const value of new Set(valuesOf(entity, facet).map(key))) {
      counts.set(value, (counts.get(value) ?? 0) + 1);
    }
  }
  return counts;
}

/** Records of a CSV text: newlines inside quoted fields do not split. */
function csvRecords(text: string): string[] {
  const records: string[] = [];
  let quoted = false;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '"') {
      quoted = !quoted;
    } else if (text[i] === '\n' && !quoted) {
      records.push(text.slice(start, i).replace(/\r$/, ''));
      start = i + 1;
    }
  }
  return records;
}

describe.each(databases.eachSupportedId())(
  'a realistic catalog on %p',
  databaseId => {
    const generated = generateRealisticCatalog({ entities: 2000 });
    const { catalog, changed } = changeRealisticCatalog(generated, {
      share: 0.07,
      excludeKinds,
    });
    const expected = scorable(catalog);
    const expectedRefs = expected.map(entity => entity.ref).sort();
    const key = databaseId.startsWith('MYSQL')
      ? (value: string) => value.toLowerCase()
      : (value: string) => value;
    let knex: Knex;
    let server: Parameters<typeof request>[0];

    const syncOf = (
      entities: Entity[],
      stores: SreMaturityStores,
    ): CatalogSync =>
      new CatalogSync({
        catalog: catalogServiceMock({ entities }),
        auth: mockServices.auth(),
        assessmentStore: stores.assessments,
        entityStore: stores.entities,
        groupTree: stores.groups,
        scorecard: stores.scorecard,
        evidence: new EvidenceCollector(
          [createCatalogEvidenceProvider()],
          stores.evidenceCache,
          mockServices.logger.mock(),
        ),
        model,
        staleAfterDays: 30,
        excludeKinds: excluded,
        pageSize: 1000,
        logger: mockServices.logger.mock(),
      });

    const get = async (path: string, query: Record<string, unknown> = {}) => {
      const search = new URLSearchParams();
      for (const [name, value] of Object.entries(query)) {
        for (const item of [value].flat()) {
          search.append(name, String(item));
        }
      }
      const res = await request(server).get(`${API}${path}?${search}`);
      expect(res.status).toBe(200);
      return res;
    };

    /** Every item of a paged list, and the total its last page gave. */
    const allPages = async (path: string, query: Record<string, unknown>) => {
      const items: Array<Record<string, any>> = [];
      for (let offset = 0; ; offset += PAGE) {
        const { body } = await get(path, { ...query, limit: PAGE, offset });
        items.push(...body.items);
        if (body.items.length < PAGE) {
          return { items, totalItems: body.totalItems as number };
        }
      }
    };

    /** Every row of a sort, page by page, checking the total. */
    const allRows = async (query: Record<string, unknown>) => {
      const { items, totalItems } = await allPages('/scorecard', {
        ...query,
        facets: false,
      });
      expect(totalItems).toBe(items.length);
      return items;
    };

    const totalOf = async (query: Record<string, unknown>) =>
      (await get('/scorecard', { ...query, facets: false, limit: 1 })).body
        .totalItems;

    const kept = generated.entities.filter(
      entity => !excluded.has(entity.kind.toLowerCase()),
    ).length;
    const groupCount = generated.entities.filter(
      entity => entity.kind === 'Group',
    ).length;
    const summaries: SyncSummary[] = [];

    beforeAll(async () => {
      knex = await databases.init(databaseId);
      const stores = await testStores(knex);
      // Once, again with nothing changed, and once more with 7% changed.
      summaries.push(await syncOf(generated.entities, stores).run());
      summaries.push(await syncOf(generated.entities, stores).run());
      summaries.push(await syncOf(catalog.entities, stores).run());
      ({ server } = await startSreMaturityBackend({
        knex,
        entities: catalog.entities,
        config,
      }));
    });

    it('syncs it whole, unchanged and a little changed', () => {
      expect(summaries).toEqual(
        [kept, 0, changed.size].map(updated => ({
          entities: kept,
          updated,
          removed: 0,
          groups: groupCount,
          pendingSources: 0,
          durationMs: expect.any(Number),
        })),
      );
    });

    it('lists every scorable entity once, with the right counts', async () => {
      // In the database's order, which may not be JavaScript's.
      const rows = await allRows({ orderBy: 'entityRef' });
      expect(rows.map(row => row.entityRef).sort()).toEqual(expectedRefs);
      const byRef = new Map(expected.map(entity => [entity.ref, entity]));
      for (const row of rows) {
        const entity = byRef.get(row.entityRef)!;
        expect({
          name: row.name,
          title: row.title,
          owner: row.owner,
          system: row.system,
          type: row.type,
          lifecycle: row.lifecycle,
          tags: [...new Set(row.tags)],
        }).toEqual({
          name: entity.name,
          title: shown(entity.title),
          owner: entity.owner,
          system: entity.system,
          type: entity.type,
          lifecycle: entity.lifecycle,
          tags: entity.tags,
        });
      }

      const { totals, facets } = (await get('/scorecard', { limit: 1 })).body;
      expect(totals.entities).toBe(expected.length);
      const phases = Object.values(totals.byPhase) as number[];
      expect(phases.reduce((a, b) => a + b, 0)).toBe(expected.length);
      for (const facet of FACETS) {
        const counts = countsOf(expected, facet, key);
        // At most 200 values per facet, the most frequent.
        expect(facets[facet]).toHaveLength(Math.min(200, counts.size));
        for (const { value, count } of facets[facet]) {
          expect([facet, value, count]).toEqual([
            facet,
            value,
            counts.get(key(value)),
          ]);
        }
      }
    });

    it('filters by every facet', async () => {
      for (const facet of FACETS) {
        const counts = [...countsOf(expected, facet, key)].sort(
          (a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1),
        );
        // The most and least frequent values, and one between.
        const samples = [
          counts[0],
          counts[Math.floor(counts.length / 2)],
          counts[counts.length - 1],
        ];
        for (const [value, count] of samples) {
          expect([facet, value, await totalOf({ [facet]: value })]).toEqual([
            facet,
            value,
            count,
          ]);
        }
        const values = [counts[0][0], counts[counts.length - 1][0]];
        const either = expected.filter(entity =>
          valuesOf(entity, facet).some(value => values.includes(key(value))),
        ).length;
        expect(await totalOf({ [facet]: values })).toBe(either);
      }

      const { totals } = (await get('/scorecard', { limit: 1 })).body;
      for (const phase of MATURITY_LEVELS) {
        expect(await totalOf({ phase })).toBe(totals.byPhase[phase]);
      }
      expect(await totalOf({ belowTarget: true })).toBe(totals.belowTarget);
      expect(await totalOf({ belowTarget: false })).toBe(
        expected.length - totals.belowTarget,
      );
      expect(await totalOf({ stale: false })).toBe(expected.length);
    });

    it.each([
      'payments',
      'PAYMENTS',
      '_',
      '.',
      '100%',
      'über',
      'ÜBER',
      'сервис',
      'СЕРВИС',
      '支付',
      '☕',
      '٣',
      '(renamed ✎)',
    ])('searches names and titles for %p', async q => {
      const text = (value?: string) => value?.toLowerCase() ?? '';
      const matches = expected.filter(
        entity =>
          text(entity.name).includes(text(q)) ||
          text(shown(entity.title)).includes(text(q)),
      );
      expect(matches.length).toBeGreaterThan(0);
      const rows = await allRows({ q, orderBy: 'entityRef' });
      expect(rows.map(row => row.entityRef).sort()).toEqual(
        matches.map(entity => entity.ref).sort(),
      );
    });

    it('pages through every sort in both directions', async () => {
      const columns = [
        ...SORTABLE_COLUMNS,
        ...model.areas.map(area => area.id),
      ];
      const optional = ['owner', 'system', 'type', 'lifecycle'];
      const numeric = ['score', 'gap'];
      for (const orderBy of columns) {
        for (const order of ['asc', 'desc']) {
          const rows = await allRows({ orderBy, order });
          expect([
            orderBy,
            order,
            rows.map(row => row.entityRef).sort(),
          ]).toEqual([orderBy, order, expectedRefs]);
          // Missing values last, either way.
          const values = rows.map(row => row[orderBy]);
          const firstMissing = optional.includes(orderBy)
            ? values.indexOf(undefined)
            : -1;
          expect(
            firstMissing < 0 ||
              values.slice(firstMissing).every(v => v === undefined),
          ).toBe(true);
          const sorted = numeric.includes(orderBy)
            ? [...values].sort((a, b) => (order === 'asc' ? a - b : b - a))
            : values;
          expect([orderBy, order, values]).toEqual([orderBy, order, sorted]);
        }
      }
    });

    it('exports one CSV record per scorable entity', async () => {
      const res = await get('/scorecard/export.csv');
      const records = csvRecords(res.text);
      expect(records).toHaveLength(expected.length + 1);
      expect(records[0].startsWith('entityRef,')).toBe(true);
    });

    it.each(['owner', 'system'] as const)(
      'groups by %p, summing to the totals',
      async by => {
        const counts = countsOf(expected, by, key);
        const { items: groups, totalItems } = await allPages(
          '/scorecard/groups',
          { by },
        );
        expect(totalItems).toBe(groups.length);
        const missing = expected.filter(entity => !entity[by]).length;
        expect(
          Object.fromEntries(groups.map(g => [String(g.key), g.entities])),
        ).toEqual(
          Object.fromEntries([
            ...counts,
            ...(missing ? [['null', missing]] : []),
          ]),
        );
        expect(groups.reduce((sum, g) => sum + g.entities, 0)).toBe(
          expected.length,
        );
      },
    );
  },
);
