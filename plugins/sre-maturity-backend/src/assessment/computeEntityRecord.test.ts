import { testEntity, testModel } from '../__testUtils__/fixtures';
import { testAnswer } from '../__testUtils__/records';
import { computeEntityRecord } from './computeEntityRecord';

const DAY = 24 * 60 * 60 * 1000;
const now = new Date('2025-06-30T12:00:00Z');

describe('computeEntityRecord', () => {
  it('keeps the catalog fields the scorecard filters on, refs in full', () => {
    const { record } = computeEntityRecord({
      model: testModel,
      entity: testEntity('pay', {
        namespace: 'finance',
        title: 'Payments',
        owner: 'team-a',
        system: 'billing',
        tags: ['java'],
        annotations: { 'sre-maturity.io/exempt': 'Legacy' },
      }),
      evidence: [],
      answers: [],
      now,
      staleAfterDays: 30,
      scorable: true,
    });
    expect(record).toMatchObject({
      entityRef: 'component:finance/pay',
      kind: 'Component',
      namespace: 'finance',
      name: 'pay',
      title: 'Payments',
      owner: 'group:finance/team-a',
      system: 'system:finance/billing',
      type: 'service',
      lifecycle: 'production',
      tags: ['java'],
      exempt: true,
      exemptReason: 'Legacy',
      scorable: true,
    });
  });

  it('stores ranks, gaps and answer times from the assessment', () => {
    const old = new Date(now.getTime() - 40 * DAY);
    const computed = computeEntityRecord({
      model: testModel,
      entity: testEntity('pay', {
        annotations: {
          'sre-maturity.io/target-phase': 'walk',
          'sre-maturity.io/target-phase.beta': 'bogus',
        },
      }),
      evidence: [],
      answers: [
        testAnswer('beta.crawl.owned', 'met', old),
        testAnswer('beta.walk.tested', 'met', now),
        // Not in the model any more: ignored for staleness.
        testAnswer('gamma.crawl.gone', 'met', new Date(0)),
      ],
      now,
      staleAfterDays: 30,
      scorable: false,
    });
    expect(computed.problems).toEqual([
      expect.stringContaining('sre-maturity.io/target-phase.beta'),
    ]);
    expect(computed.record).toMatchObject({
      target: 'walk',
      overallRank: 0,
      score: 29,
      gap: 2,
      scorable: false,
      areas: [
        { areaId: 'alpha', levelRank: 0, progress: 0, gap: 2 },
        { areaId: 'beta', levelRank: 2, progress: 0, gap: 0 },
      ],
      lastAssessedAt: now.toISOString(),
      oldestAnswerAt: old.toISOString(),
    });
  });
});
