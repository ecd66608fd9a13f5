import { renderInTestApp } from '@backstage/test-utils';
import { screen } from '@testing-library/react';
import { CriterionResult } from '@sre-maturity/backstage-plugin-common';
import { CriterionOrigin } from './CriterionOrigin';

const base: CriterionResult = {
  criterionId: 'releasing.crawl.ci',
  areaId: 'releasing',
  phase: 'crawl',
  status: 'unknown',
  origin: 'none',
  evidence: [],
  stale: false,
  expired: false,
};

const FILE_URL =
  'https://git.example.org/acme/payments-api/src/branch/main/.github/workflows/ci.yml';

describe('CriterionOrigin', () => {
  it('lists a repository file that meets the criterion, linked to the file', async () => {
    await renderInTestApp(
      <CriterionOrigin
        result={{
          ...base,
          status: 'met',
          origin: 'catalog',
          evidence: [
            {
              criterionId: base.criterionId,
              provider: 'repository',
              key: '.github/workflows/ci.yml',
              value: 'GitHub Actions workflow',
              url: FILE_URL,
            },
          ],
        }}
      />,
    );
    expect(
      screen.getByText(/Met from the repository: GitHub Actions workflow/),
    ).toHaveTextContent(
      'Met from the repository: GitHub Actions workflow, .github/workflows/ci.yml',
    );
    expect(
      screen.getByRole('link', { name: /^\.github\/workflows\/ci\.yml/ }),
    ).toHaveAttribute('href', FILE_URL);
  });

  it('keeps the catalog wording for annotations, and says In when an answer decides', async () => {
    await renderInTestApp(
      <CriterionOrigin
        result={{
          ...base,
          status: 'not-met',
          origin: 'answer',
          answer: {
            criterionId: base.criterionId,
            status: 'not-met',
            answeredBy: 'user:default/alice',
            answeredAt: '2025-05-20T10:00:00Z',
          },
          evidence: [
            {
              criterionId: base.criterionId,
              provider: 'annotation',
              key: 'github.com/project-slug',
              value: 'acme/payments-api',
            },
            {
              criterionId: base.criterionId,
              provider: 'repository',
              key: 'Jenkinsfile',
              value: 'Jenkins pipeline',
            },
          ],
        }}
      />,
    );
    expect(screen.getByText(/In the catalog:/).textContent).toBe(
      'In the catalog: github.com/project-slug = acme/payments-api',
    );
    expect(screen.getByText(/In the repository:/).textContent).toBe(
      'In the repository: Jenkins pipeline, Jenkinsfile',
    );
  });

  it('says a source could not be read instead of no evidence', async () => {
    await renderInTestApp(
      <CriterionOrigin
        result={{
          ...base,
          unreadable: [
            {
              provider: 'repository',
              source: 'https://git.example.org/acme/gone',
              message: 'NotFoundError: 404',
              checkedAt: '2025-05-20T10:00:00Z',
            },
          ],
        }}
      />,
    );
    expect(screen.getByText(/Could not read the repository/)).toHaveTextContent(
      /^Could not read the repository https:\/\/git\.example\.org\/acme\/gone, Opens in a new window: NotFoundError: 404 \(tried .+\)\. Whether it shows this practice is not known until it is read\.$/,
    );
    expect(
      screen.queryByText('No answer or evidence yet.'),
    ).not.toBeInTheDocument();
  });

  it('says when there is nothing yet', async () => {
    await renderInTestApp(<CriterionOrigin result={base} />);
    expect(screen.getByText('No answer or evidence yet.')).toBeInTheDocument();
  });
});
