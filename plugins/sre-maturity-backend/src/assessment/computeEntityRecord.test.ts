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

  it('matches appliesTo against the entity, and keeps no answer time of what does not apply', () => {
    const model = {
      ...testModel,
      areas: testModel.areas.map(area => ({
        ...area,
        phases: area.phases.map(phase => ({
          ...phase,
          criteria: phase.criteria.map(c =>
            area.id === 'beta' ? { ...c, appliesTo: [{ tiers: ['1'] }] } : c,
          ),
        })),
      })),
    };
    const compute = (annotations: Record<string, string>) =>
      computeEntityRecord({
        model,
        entity: testEntity('pay', { annotations }),
        evidence: [],
        answers: [
          testAnswer('beta.crawl.owned', 'met', new Date(now.getTime() - DAY)),
        ],
        now,
        staleAfterDays: 30,
        scorable: true,
      });
    const tierOne = compute({ 'sre-maturity.io/tier': '1' });
    expect(tierOne.facts).toMatchObject({ kind: 'Component', tier: '1' });
    expect(tierOne.record.areas.map(a => a.applicable)).toEqual([true, true]);
    expect(tierOne.record.oldestAnswerAt).toBeDefined();

    const untiered = compute({});
    expect(untiered.record.applicable).toBe(true);
    expect(untiered.record.areas.map(a => a.applicable)).toEqual([true, false]);
    expect(untiered.record.oldestAnswerAt).toBeUndefined();
    expect(untiered.record.lastAssessedAt).toBeUndefined();
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
