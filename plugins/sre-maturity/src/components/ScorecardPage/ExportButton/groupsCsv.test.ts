import { groupsPage, modelResponse } from '../testData';
import { groupsCsv } from './groupsCsv';

describe('groupsCsv', () => {
  it('writes one record per group, with its counts per level and a link', () => {
    const csv = groupsCsv({
      by: 'owner',
      areas: modelResponse.model.areas,
      groups: groupsPage.items,
      groupLink: key => `https://portal/sre-maturity?owner=${key}`,
    });

    expect(csv.split('\r\n')).toEqual([
      'owner,name,entities,averageScore,stale,belowTarget,' +
        'overall not-started,overall crawl,overall walk,overall run,' +
        'observability not-started,observability crawl,observability walk,observability run,' +
        'releasing not-started,releasing crawl,releasing walk,releasing run,scorecard',
      'group:default/team-a,team-a,3,65,1,2,1,1,1,0,0,1,2,0,0,0,0,3,' +
        'https://portal/sre-maturity?owner=group:default/team-a',
      ',No owner,1,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,',
      '',
    ]);
  });

  it("names a team by its Group's title where it has one", () => {
    const csv = groupsCsv({
      by: 'owner',
      areas: [],
      groups: [{ ...groupsPage.items[0], title: 'Payments – Fraud' }],
      groupLink: key => `https://portal/sre-maturity?owner=${key}`,
    });

    expect(csv.split('\r\n')[1]).toBe(
      'group:default/team-a,Payments – Fraud,3,65,1,2,1,1,1,0,' +
        'https://portal/sre-maturity?owner=group:default/team-a',
    );
  });
});
