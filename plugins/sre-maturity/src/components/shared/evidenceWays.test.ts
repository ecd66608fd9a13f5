import { describeHowMet, evidenceWays } from './evidenceWays';

describe('evidenceWays', () => {
  it('names each annotation and link type of the rule', () => {
    expect(
      evidenceWays({
        annotations: ['pagerduty.com/service-id'],
        linkTypes: ['on-call'],
      }),
    ).toEqual([
      'annotation pagerduty.com/service-id',
      'a link of type on-call',
    ]);
  });

  it('is empty without a rule', () => {
    expect(evidenceWays(undefined)).toEqual([]);
  });
});

describe('describeHowMet', () => {
  it('says the catalog or the team meets a criterion with a rule', () => {
    expect(
      describeHowMet({ annotations: ['a/b'], linkTypes: ['runbook'] }),
    ).toBe(
      'Met from the catalog by annotation a/b or a link of type runbook, or answered by the team.',
    );
  });

  it('says only the team meets one without', () => {
    expect(describeHowMet({})).toBe('Answered by the team.');
  });
});
