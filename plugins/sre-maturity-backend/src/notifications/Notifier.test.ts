import { mockServices, TestDatabases } from '@backstage/backend-test-utils';
import {
  Campaign,
  CampaignProgress,
} from '@sre-maturity/backstage-plugin-common';
import { Knex } from 'knex';
import { testEntity, testModel } from '../__testUtils__/fixtures';
import { testAnswer } from '../__testUtils__/records';
import { setTestAnswers, testStores } from '../__testUtils__/stores';
import { SreMaturityStores } from '../database/createDatabaseStores';
import { SNAPSHOTS } from '../database/tables';
import { NoticeSender } from './NoticeSender';
import { NOTICE_KINDS, NoticeKind } from './notices';
import { Notifier } from './Notifier';

jest.setTimeout(60_000);

const databases = TestDatabases.create({
  ids: ['SQLITE_3', 'POSTGRES_15', 'MYSQL_8'],
});

const DAY = 24 * 60 * 60 * 1000;
const dayOf = (offsetDays: number) =>
  new Date(Date.now() + offsetDays * DAY).toISOString().slice(0, 10);

const campaign: Campaign = {
  id: 'c1',
  title: 'Payments to Walk',
  description: 'Walk in On Call',
  filter: {},
  target: { overall: 'walk' },
  startsOn: dayOf(-10),
  deadline: dayOf(3),
  managers: [],
  source: 'database',
  revision: 1,
};
const finished: Campaign = {
  ...campaign,
  id: 'c0',
  startsOn: dayOf(-40),
  deadline: dayOf(-1),
};

const progress: CampaignProgress = {
  campaignId: 'c1',
  asOf: dayOf(0),
  standing: { covered: 4, atTarget: 1, required: 3, behind: true },
  byTeam: [
    {
      owner: 'group:default/team-a',
      standing: { covered: 2, atTarget: 0, required: 1.5, behind: true },
    },
    {
      owner: 'group:default/team-b',
      standing: { covered: 1, atTarget: 1, required: 0.8, behind: false },
    },
    {
      owner: null,
      standing: { covered: 1, atTarget: 0, required: 0.8, behind: true },
    },
  ],
  burnUp: [],
};

describe.each(databases.eachSupportedId())('Notifier on %p', databaseId => {
  let knex: Knex;
  let stores: SreMaturityStores;
  let send: jest.Mock;

  beforeEach(async () => {
    knex = await databases.init(databaseId);
    stores = await testStores(knex);
    send = jest.fn().mockResolvedValue(undefined);

    // Answered 40 days ago: stale after 30.
    const longAgo = new Date(Date.now() - 40 * DAY);
    await setTestAnswers(
      stores,
      testEntity('old', { owner: 'team-a' }),
      0,
      [
        {
          criterionId: 'beta.crawl.owned',
          answer: testAnswer('beta.crawl.owned', 'met', longAgo),
        },
      ],
      longAgo,
    );
    // Not applicable until 5 days from now.
    await setTestAnswers(stores, testEntity('na', { owner: 'team-b' }), 0, [
      {
        criterionId: 'alpha.walk.measured',
        answer: {
          ...testAnswer('alpha.walk.measured', 'not-applicable'),
          expiresAt: dayOf(5),
        },
      },
    ]);
    // At Walk yesterday, Not started now.
    await setTestAnswers(stores, testEntity('drop', { owner: 'team-c' }), 0, [
      {
        criterionId: 'beta.walk.tested',
        answer: testAnswer('beta.walk.tested', 'not-met'),
      },
    ]);
    await knex(SNAPSHOTS).insert({
      entity_ref: 'component:default/drop',
      taken_at: new Date(Date.now() - DAY),
      day: dayOf(-1),
      daily_day: dayOf(-1),
      reason: 'daily',
      overall_rank: 2,
      score: 50,
      area_levels: '{}',
    });
  });

  function notifier(enabled: readonly NoticeKind[] = NOTICE_KINDS) {
    const logger = mockServices.logger.mock();
    return new Notifier({
      store: stores.notices,
      campaigns: {
        listCampaigns: async () => [finished, campaign],
        getProgress: async () => progress,
      },
      sender: new NoticeSender({
        store: stores.notices,
        notifications: { send },
        logger,
      }),
      model: testModel,
      staleAfterDays: 30,
      enabled: new Set(enabled),
      logger,
    });
  }

  const sent = () =>
    send.mock.calls.map(([options]) => [
      options.recipients.entityRef.join(','),
      options.payload.scope,
    ]);

  it('sends each notice due to the owners, with a scope, once', async () => {
    expect(await notifier().run(new Date())).toEqual({
      sent: 7,
      skipped: 0,
      failed: 0,
    });
    expect(sent().sort()).toEqual(
      [
        ['group:default/team-a', 'sre-maturity:stale:component:default/old'],
        [
          'group:default/team-b',
          'sre-maturity:not-applicable:component:default/na:alpha.walk.measured',
        ],
        ['group:default/team-c', 'sre-maturity:phase:component:default/drop'],
        ['group:default/team-a', 'sre-maturity:campaign:c1'],
        ['group:default/team-b', 'sre-maturity:campaign:c1'],
        // Team B is done: no reminder for it.
        ['group:default/team-a', 'sre-maturity:campaign:c1:deadline'],
        ['group:default/team-a', 'sre-maturity:campaigns-behind'],
      ].sort(),
    );
    const drop = send.mock.calls.find(([o]) =>
      o.payload.scope.startsWith('sre-maturity:phase'),
    )[0];
    expect(drop.payload).toMatchObject({
      title: 'drop dropped from Walk to Not started',
      link: '/catalog/default/component/drop/sre-maturity',
      severity: 'high',
      topic: 'SRE maturity',
    });

    const started = send.mock.calls.find(
      ([o]) => o.payload.scope === 'sre-maturity:campaign:c1',
    )[0];
    expect(started.payload).toMatchObject({
      title: 'Campaign: Payments to Walk',
      link: '/sre-maturity/campaigns/c1',
    });

    send.mockClear();
    expect(await notifier().run(new Date())).toEqual({
      sent: 0,
      skipped: 7,
      failed: 0,
    });
    expect(send).not.toHaveBeenCalled();
  });

  it('retries a failed send at the next run, sending the others once', async () => {
    send.mockImplementation(async options => {
      if (options.payload.scope === 'sre-maturity:campaigns-behind') {
        throw new Error('notifications backend unavailable');
      }
    });
    expect(await notifier().run(new Date())).toMatchObject({
      sent: 6,
      failed: 1,
    });

    send.mockReset().mockResolvedValue(undefined);
    expect(await notifier().run(new Date())).toEqual({
      sent: 1,
      skipped: 6,
      failed: 0,
    });
    expect(sent()).toEqual([
      ['group:default/team-a', 'sre-maturity:campaigns-behind'],
    ]);
  });

  it('sends only the kinds switched on', async () => {
    await notifier(['phaseDropped', 'campaignStarted']).run(new Date());
    expect(
      sent()
        .map(([, scope]) => scope)
        .sort(),
    ).toEqual([
      'sre-maturity:campaign:c1',
      'sre-maturity:campaign:c1',
      'sre-maturity:phase:component:default/drop',
    ]);
  });

  it('lets one runner hold a notice, until its claim times out', async () => {
    const now = new Date();
    const token = await stores.notices.claim('k', 'answersStale', now, 60_000);
    expect(token).toBeDefined();
    expect(
      await stores.notices.claim('k', 'answersStale', now, 60_000),
    ).toBeUndefined();
    const later = new Date(now.getTime() + 61_000);
    const takeover = await stores.notices.claim(
      'k',
      'answersStale',
      later,
      60_000,
    );
    expect(takeover).toBeDefined();
    // The first runner's late result does not count.
    await stores.notices.markSent('k', token!, later);
    await stores.notices.markSent('k', takeover!, later);
    expect(
      await stores.notices.claim('k', 'answersStale', later, 0),
    ).toBeUndefined();
  });
});
