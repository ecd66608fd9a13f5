import { testModel } from '../__testUtils__/fixtures';
import { scorecardCsvHeader, scorecardCsvRecord } from './scorecardCsv';

describe('scorecard CSV', () => {
  it('has a level and a progress column per area of the model', () => {
    expect(scorecardCsvHeader(testModel)).toBe(
      'entityRef,kind,namespace,name,title,owner,system,type,lifecycle,tags,' +
        'overall,score,target,gap,lastAssessedAt,stale,' +
        'alpha level,alpha progress %,beta level,beta progress %\r\n',
    );
  });

  it('writes a row in the same order, leaving missing values empty', () => {
    expect(
      scorecardCsvRecord(testModel, {
        entityRef: 'component:default/pay',
        kind: 'Component',
        namespace: 'default',
        name: 'pay',
        title: 'Pay, "now"',
        owner: 'group:default/team-a',
        tags: ['java', 'api'],
        areas: { alpha: { level: 'crawl', progress: 0.333 } },
        overall: 'not-started',
        score: 14,
        gap: 0,
        lastAssessedAt: '2025-06-30T12:00:00.000Z',
        stale: false,
      }),
    ).toBe(
      'component:default/pay,Component,default,pay,"Pay, ""now""",' +
        'group:default/team-a,,,,java api,not-started,14,,0,' +
        '2025-06-30T12:00:00.000Z,false,crawl,33,,\r\n',
    );
  });
});
