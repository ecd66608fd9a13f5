import { evidenceRuleProblems } from './evidenceRuleProblems';

describe('evidenceRuleProblems', () => {
  it('accepts valid annotation keys and link types', () => {
    expect(
      evidenceRuleProblems(
        {
          annotations: ['pagerduty.com/service-id', 'sre-maturity.io/slo'],
          linkTypes: ['dashboard'],
        },
        'x',
      ),
    ).toEqual([]);
    expect(evidenceRuleProblems(undefined, 'x')).toEqual([]);
  });

  it('names each bad annotation key and empty link type by path', () => {
    expect(
      evidenceRuleProblems(
        { annotations: ['ok.io/key', 'not a key!'], linkTypes: [' '] },
        'sreMaturity.model.criteria[2].evidence',
      ),
    ).toEqual([
      'sreMaturity.model.criteria[2].evidence.annotations[1]: "not a key!" is not a valid annotation key',
      'sreMaturity.model.criteria[2].evidence.linkTypes[0]: must not be empty',
    ]);
  });

  it('names a relation that is not one', () => {
    expect(
      evidenceRuleProblems(
        {
          techDocs: true,
          relations: ['ownerIsGroup', 'ownedBy' as 'ownerIsGroup'],
        },
        'x',
      ),
    ).toEqual([
      'x.relations[1]: "ownedBy" is not a relation (expected dependsOn, providesApis, consumesApis, ownerIsGroup)',
    ]);
  });

  it('names each empty glob or label and invalid content pattern by path', () => {
    expect(
      evidenceRuleProblems(
        {
          files: [
            { glob: 'Jenkinsfile', label: 'Jenkins pipeline' },
            { glob: ' ', contains: '[', label: '' },
          ],
        },
        'x',
      ),
    ).toEqual([
      'x.files[1].glob: must not be empty',
      'x.files[1].label: must not be empty',
      'x.files[1].contains: "[" is not a valid regular expression',
    ]);
  });
});
