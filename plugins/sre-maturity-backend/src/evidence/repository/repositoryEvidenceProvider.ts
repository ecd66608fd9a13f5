import { UrlReaderService } from '@backstage/backend-plugin-api';
import { isError, NotFoundError } from '@backstage/errors';
import { ScmIntegrationRegistry } from '@backstage/integration';
import { Evidence } from '@sre-maturity/backstage-plugin-common';
import { EvidenceProvider } from '@sre-maturity/backstage-plugin-node';
import { criteriaWithFileRules, FileRuleMatcher } from './fileRuleMatcher';
import { repositorySourceOf } from './repositorySource';

/** The provider id, stored as `Evidence.provider`. */
export const REPOSITORY_EVIDENCE_PROVIDER = 'repository';

/**
 * The built-in provider of evidence from the entity's repository: it reads
 * the files that the model's `evidence.files` rules name, through the
 * portal's URL readers (so any SCM integration and its credentials work),
 * and gives one piece of evidence per matching file, linked to it. Cached:
 * the plugin calls it only from the scheduled refresh; a repository that
 * cannot be read throws, and shows as "could not read".
 */
export function createRepositoryEvidenceProvider(options: {
  urlReader: UrlReaderService;
  integrations: ScmIntegrationRegistry;
}): EvidenceProvider {
  const { urlReader, integrations } = options;
  return {
    id: REPOSITORY_EVIDENCE_PROVIDER,
    cached: {
      sourceOf: repositorySourceOf,
      criteriaOf: criteriaWithFileRules,
    },
    async getEvidence({ entity, model, source }) {
      const url = source?.url ?? repositorySourceOf(entity)?.url;
      const matcher = new FileRuleMatcher(model);
      if (!url || matcher.isEmpty) {
        return [];
      }
      const tree = await urlReader
        .readTree(url, {
          filter: (path, info) => matcher.wants(path, info?.size ?? 0),
        })
        .catch(error => {
          // The reader's own message names its API calls, not what to fix.
          if (isError(error) && error.name === 'NotFoundError') {
            throw new NotFoundError(
              'Repository or branch not found (404), or the integration for its host cannot see it',
            );
          }
          throw error;
        });
      const matches = await matcher.match(await tree.files());
      // Relative paths resolve inside the folder only if it ends with '/'.
      const base = withTrailingSlash(url);
      return matches.map(
        (match): Evidence => ({
          criterionId: match.criterionId,
          provider: REPOSITORY_EVIDENCE_PROVIDER,
          key: match.path,
          value: match.label,
          url: integrations.resolveUrl({ url: match.path, base }),
        }),
      );
    },
  };
}

function withTrailingSlash(url: string): string {
  const parsed = new URL(url);
  if (!parsed.pathname.endsWith('/')) {
    parsed.pathname += '/';
  }
  return parsed.toString();
}
