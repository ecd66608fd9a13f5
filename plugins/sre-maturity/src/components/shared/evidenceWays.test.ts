import { describeHowMet, evidenceWays } from './evidenceWays';

describe('evidenceWays', () => {
  it('names each way of the catalog and of the repository', () => {
    expect(
      evidenceWays({
        annotations: ['pagerduty.com/service-id'],
        linkTypes: ['on-call'],
        techDocs: true,
        relations: ['dependsOn', 'ownerIsGroup'],
        files: [
          { glob: 'runbooks/**', label: 'Runbooks folder' },
          {
            glob: '**/*.{yml,yaml}',
            contains: 'kind:\\s*PrometheusRule',
            label: 'PrometheusRule',
          },
        ],
      }),
    ).toEqual({
      catalog: [
        'annotation pagerduty.com/service-id',
        'a link of type on-call',
        'TechDocs (annotation backstage.io/techdocs-ref)',
        'a declared dependency (dependsOn)',
        'an owner that is a Group in the catalog',
      ],
      repository: ['Runbooks folder', 'PrometheusRule'],
    });
  });

  it('is empty without a rule', () => {
    expect(evidenceWays(undefined)).toEqual({ catalog: [], repository: [] });
  });
});

describe('describeHowMet', () => {
  it('says the catalog or the team meets a criterion with a catalog rule', () => {
    expect(
      describeHowMet({ annotations: ['a/b'], linkTypes: ['runbook'] }),
    ).toBe(
      'Met from the catalog by annotation a/b or a link of type runbook, or answered by the team.',
    );
  });

  it('names the repository too', () => {
    expect(
      describeHowMet({
        annotations: ['a/b'],
        files: [
          { glob: 'SECURITY.md', label: 'Security policy' },
          { glob: '.github/SECURITY.md', label: 'Security policy' },
          { glob: 'CODEOWNERS', label: 'Code owners' },
        ],
      }),
    ).toBe(
      'Met from the catalog by annotation a/b, or from a file in its repository (Security policy or Code owners), or answered by the team.',
    );
  });

  it('says only the team meets one without', () => {
    expect(describeHowMet({})).toBe('Answered by the team.');
  });
});
