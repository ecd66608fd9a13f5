import { ScorecardRow } from '@sre-maturity/backstage-plugin-common';
import { testModel } from '../__testUtils__/fixtures';
import { scorecardCsvHeader, scorecardCsvRecord } from './scorecardCsv';

const payRow: ScorecardRow = {
  entityRef: 'component:default/pay',
  kind: 'Component',
  namespace: 'default',
  name: 'pay',
  title: 'Pay, "now"',
  owner: 'group:default/team-a',
  tags: ['java', 'api'],
  areas: { alpha: { applicable: true, level: 'crawl', progress: 0.333 } },
  applicable: true,
  overall: 'not-started',
  score: 14,
  gap: 0,
  lastAssessedAt: '2025-06-30T12:00:00.000Z',
  stale: false,
};

describe('scorecard CSV', () => {
  it('has a level and a progress column per area of the model', () => {
    expect(scorecardCsvHeader(testModel)).toBe(
      'entityRef,kind,namespace,name,title,owner,system,type,lifecycle,tags,' +
        'overall,score,target,gap,lastAssessedAt,stale,entityPage,' +
        'alpha level,alpha progress %,beta level,beta progress %\r\n',
    );
  });

  it('writes a row in the same order, leaving missing values empty', () => {
    expect(scorecardCsvRecord(testModel, payRow)).toBe(
      'component:default/pay,Component,default,pay,"Pay, ""now""",' +
        'group:default/team-a,,,,java api,not-started,14,,,' +
        '2025-06-30T12:00:00.000Z,false,,crawl,33,,\r\n',
    );
  });

  it('writes n/a for an area that does not apply, without progress', () => {
    const record = scorecardCsvRecord(testModel, {
      ...payRow,
      title: 'Pay',
      areas: {
        alpha: { applicable: false, level: 'not-started', progress: 0 },
      },
    });
    expect(record.endsWith(',n/a,,,\r\n')).toBe(true);
  });

  it('leaves the gap empty without a target, where 0 would read as on target', () => {
    const gapOf = (row: ScorecardRow) =>
      scorecardCsvRecord(testModel, { ...row, title: 'Pay' }).split(',')[13];
    expect(gapOf(payRow)).toBe('');
    expect(gapOf({ ...payRow, target: 'walk', gap: 0 })).toBe('0');
    expect(gapOf({ ...payRow, target: 'walk', gap: 2 })).toBe('2');
    // A gap from per-area targets alone.
    expect(gapOf({ ...payRow, gap: 1 })).toBe('1');
  });

  it("links to the entity's page in the app", () => {
    const record = scorecardCsvRecord(
      testModel,
      { ...payRow, namespace: 'ops team', name: 'pay#1' },
      { appBaseUrl: 'https://backstage.example.com/' },
    );
    expect(record).toContain(
      ',https://backstage.example.com/catalog/ops%20team/component/pay%231,',
    );
  });
});
