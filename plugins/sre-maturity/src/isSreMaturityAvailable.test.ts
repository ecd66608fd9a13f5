import { Entity } from '@backstage/catalog-model';
import { ApiHolder, configApiRef } from '@backstage/core-plugin-api';
import { mockApis, TestApiRegistry } from '@backstage/test-utils';
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

  it("reads the configured kinds from EntitySwitch.Case's context", () => {
    // The type `if` of EntitySwitch.Case takes: a type error otherwise.
    const caseIf: (entity: Entity, context: { apis: ApiHolder }) => boolean =
      isSreMaturityAvailable;
    const apis = TestApiRegistry.from([
      configApiRef,
      mockApis.config({
        data: { sreMaturity: { excludeKinds: ['Resource'] } },
      }),
    ]);
    expect(caseIf({ ...testEntity, kind: 'Resource' }, { apis })).toBe(false);
    expect(caseIf({ ...testEntity, kind: 'Group' }, { apis })).toBe(true);
    expect(
      caseIf(
        { ...testEntity, kind: 'Group' },
        { apis: TestApiRegistry.from() },
      ),
    ).toBe(false);
  });

  it('is true for exempt entities, whose tab and card show the exemption', () => {
    const exempt = (value: string) => ({
      ...testEntity,
      metadata: {
        ...testEntity.metadata,
        annotations: { 'sre-maturity.io/exempt': value },
      },
    });
    expect(isSreMaturityAvailable(exempt('Shut down in Q3'))).toBe(true);
    expect(isSreMaturityAvailable(exempt('false'))).toBe(true);
  });
});
