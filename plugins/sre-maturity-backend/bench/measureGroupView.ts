import { parseEntityRef } from '@backstage/catalog-model';
import { BenchClient } from './BenchClient';
import { BenchCatalogData, TEAM_TREE_BRANCHING } from './generateCatalog';
import { Metric } from './stats';

const TARGET_MS = 150;

/** The depth of team `index` in the generated tree, the root at 0. */
function depthOf(index: number): number {
  let depth = 0;
  for (let i = index; i > 0; i = Math.floor((i - 1) / TEAM_TREE_BRANCHING)) {
    depth++;
  }
  return depth;
}

/**
 * A Group page's roll-up through the org tree (`GET /groups/.../maturity`)
 * and the scorecard filtered by a team with its sub-teams, for teams at
 * every level of the tree (the root covers the whole catalog), each right
 * after a write so that nothing is cached.
 */
export async function measureGroupView(options: {
  api: BenchClient;
  data: BenchCatalogData;
  /** Writes an assessment, which makes the plugin forget what it cached. */
  write: () => Promise<void>;
}): Promise<Metric[]> {
  const { api, data, write } = options;
  // Eight teams per level (the root eight times), the first ones of each.
  const byLevel = new Map<number, string[]>();
  data.owners.forEach((owner, index) => {
    const level = byLevel.get(depthOf(index)) ?? [];
    if (level.length < 8) {
      level.push(owner);
    }
    byLevel.set(depthOf(index), level);
  });

  const metrics: Metric[] = [];
  const subgroupScorecards: number[] = [];
  for (const [level, teams] of byLevel) {
    const groupViews: number[] = [];
    for (let i = 0; i < 8; i++) {
      const { name } = parseEntityRef(teams[i % teams.length]);
      await write();
      groupViews.push(
        (await api.getJson(`/groups/group/default/${name}/maturity`)).ms,
      );
      await write();
      subgroupScorecards.push(
        (
          await api.getJson(
            `/scorecard?owner=${name}&includeSubgroups=true&facets=false`,
          )
        ).ms,
      );
    }
    metrics.push({
      name: `group view (GET /groups/.../maturity), level ${level} of the tree${
        level === 0 ? ' (the root: every entity)' : ''
      }, uncached`,
      samples: groupViews,
      targetMs: TARGET_MS,
    });
  }
  metrics.push({
    name: 'scorecard page of 50, owner with sub-groups, uncached',
    samples: subgroupScorecards,
    targetMs: TARGET_MS,
  });
  return metrics;
}
