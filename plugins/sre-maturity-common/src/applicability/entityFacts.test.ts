import { readEntityFacts } from './entityFacts';

describe('readEntityFacts', () => {
  it('reads kind, type, lifecycle and the tier annotation', () => {
    expect(
      readEntityFacts({
        kind: 'Component',
        metadata: { annotations: { 'sre-maturity.io/tier': ' 1 ' } },
        spec: { type: 'service', lifecycle: 'production' },
      }),
    ).toEqual({
      kind: 'Component',
      type: 'service',
      lifecycle: 'production',
      tier: '1',
    });
  });

  it('leaves out blank and missing values', () => {
    expect(
      readEntityFacts({
        kind: 'Resource',
        metadata: { annotations: { 'sre-maturity.io/tier': ' ' } },
        spec: { type: '', lifecycle: 3 },
      }),
    ).toEqual({ kind: 'Resource' });
  });
});
