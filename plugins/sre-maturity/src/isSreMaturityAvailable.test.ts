import { testEntity } from './testing/fixtures';
import { isSreMaturityAvailable } from './isSreMaturityAvailable';

describe('isSreMaturityAvailable', () => {
  it('is true for a component', () => {
    expect(isSreMaturityAvailable(testEntity)).toBe(true);
  });

  it('is false for the default excluded kinds, in any case', () => {
    expect(isSreMaturityAvailable({ ...testEntity, kind: 'Group' })).toBe(
      false,
    );
    expect(isSreMaturityAvailable({ ...testEntity, kind: 'user' })).toBe(false);
  });

  it('follows the configured kinds instead of the default', () => {
    const options = { excludeKinds: ['Resource'] };
    expect(
      isSreMaturityAvailable({ ...testEntity, kind: 'Resource' }, options),
    ).toBe(false);
    expect(
      isSreMaturityAvailable({ ...testEntity, kind: 'Group' }, options),
    ).toBe(true);
  });

  it('is false for exempt entities', () => {
    const exempt = (value: string) => ({
      ...testEntity,
      metadata: {
        ...testEntity.metadata,
        annotations: { 'sre-maturity.io/exempt': value },
      },
    });
    expect(isSreMaturityAvailable(exempt('Shut down in Q3'))).toBe(false);
    expect(isSreMaturityAvailable(exempt('false'))).toBe(true);
  });
});
