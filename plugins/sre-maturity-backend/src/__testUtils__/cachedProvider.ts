import { Evidence } from '@sre-maturity/backstage-plugin-common';
import { CachedEvidenceProvider } from '../evidence/cachedEvidence';

/** The annotation that names a test entity's repository. */
export const TEST_REPOSITORY_ANNOTATION = 'example.com/repository';

/** The criteria of the test model that the test repository provider covers. */
export const TEST_REPOSITORY_CRITERIA = ['beta.walk.tested', 'beta.run.chaos'];

/**
 * A cached provider as a module would write one: its source is the URL in
 * an annotation, and `read` says what that URL holds (or throws).
 */
export function testRepositoryProvider(
  read: (url: string) => Promise<Evidence[]>,
): CachedEvidenceProvider & { getEvidence: jest.Mock } {
  return {
    id: 'repo',
    cached: {
      sourceOf: entity => {
        const url = entity.metadata.annotations?.[TEST_REPOSITORY_ANNOTATION];
        return url ? { url } : undefined;
      },
      criteriaOf: () => TEST_REPOSITORY_CRITERIA,
    },
    getEvidence: jest.fn(async ({ source }) => read(source!.url)),
  };
}

/** What the test repository provider finds in a readable repository. */
export function testRepositoryEvidence(url: string): Evidence[] {
  return [
    {
      criterionId: 'beta.walk.tested',
      provider: 'repo',
      key: '.github/workflows/ci.yaml',
      value: 'CI pipeline',
      url: `${url}/blob/main/.github/workflows/ci.yaml`,
    },
  ];
}
