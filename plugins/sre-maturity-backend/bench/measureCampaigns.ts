import { parseEntityRef } from '@backstage/catalog-model';
import { BenchClient } from './BenchClient';
import { BenchCatalogData, TEAM_TREE_BRANCHING } from './generateCatalog';
import { Metric } from './stats';

const DAY_MS = 24 * 60 * 60 * 1000;
const SAMPLES = 8;

const day = (offsetDays: number) =>
  new Date(Date.now() + offsetDays * DAY_MS).toISOString().slice(0, 10);

/**
 * A campaign's progress (`GET /campaigns/{id}/progress`: its standing, per
 * team, and the burn-up from the daily snapshots of every day since it
 * started) for a campaign over the whole catalog and one over a team of the
 * tree's second level with its sub-teams, each right after a write; and
 * the list of campaigns with their standings.
 */
export async function measureCampaigns(options: {
  api: BenchClient;
  data: BenchCatalogData;
  /** How many days of snapshots there are: the campaigns start then. */
  snapshotDays: number;
  write: () => Promise<void>;
}): Promise<Metric[]> {
  const { api, data, snapshotDays, write } = options;
  const teamName = (index: number) => parseEntityRef(data.owners[index]).name;
  // Team 0 is the root; the first team of the second level is 1 + branching.
  const scopes = [
    { label: 'the whole catalog', team: teamName(0) },
    { label: 'a second-level team', team: teamName(1 + TEAM_TREE_BRANCHING) },
  ];

  const metrics: Metric[] = [];
  for (const { label, team } of scopes) {
    const { body: campaign } = await api.sendJson('POST', '/campaigns', {
      title: `Walk in On Call: ${label}`,
      description: 'Created by the benchmark',
      filter: { owners: [team], includeSubgroups: true },
      target: { areas: { 'on-call': 'walk' } },
      startsOn: day(-(snapshotDays - 1)),
      deadline: day(60),
      managers: ['group:default/sre'],
    });
    if (!campaign.id) {
      throw new Error(
        `Could not create a campaign: ${JSON.stringify(campaign)}`,
      );
    }
    const samples: number[] = [];
    let covered = 0;
    let points = 0;
    for (let i = 0; i < SAMPLES; i++) {
      await write();
      const { ms, body } = await api.getJson(
        `/campaigns/${campaign.id}/progress`,
      );
      samples.push(ms);
      covered = body.standing.covered;
      points = body.burnUp.length;
    }
    metrics.push({
      name: `campaign progress, ${label} (${covered} entities, a burn-up of ${points} days)`,
      samples,
    });
  }

  const lists: number[] = [];
  for (let i = 0; i < SAMPLES; i++) {
    await write();
    lists.push((await api.getJson('/campaigns')).ms);
  }
  metrics.push({
    name: `campaigns list with standings (${scopes.length} campaigns)`,
    samples: lists,
  });
  return metrics;
}
