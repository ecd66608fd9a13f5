import { renderInTestApp } from '@backstage/test-utils';
import { screen } from '@testing-library/react';
import { makeAssessment, testModel } from '../../../testing/fixtures';
import { buildAreaViews } from '../areaViews/buildAreaViews';
import { CatalogSnippetCard } from './CatalogSnippetCard';

describe('CatalogSnippetCard', () => {
  it('keeps the YAML lines whole and scrolls them instead of widening the page', async () => {
    const { assessment, targets } = makeAssessment({ targets: { areas: {} } });
    await renderInTestApp(
      <CatalogSnippetCard
        views={buildAreaViews(testModel, assessment)}
        targets={targets}
        entityName="matomo-backend-plugin"
      />,
    );

    expect(screen.getByText('matomo-backend-plugin')).toBeInTheDocument();
    const code = document.querySelector('pre code')!;
    expect(code.textContent).toContain(
      '\n    sre-maturity.io/slo: "<your SLO dashboard URL>"\n',
    );
    expect(code).not.toHaveStyle({ whiteSpace: 'pre-wrap' });
    expect(code.closest('pre')).toHaveStyle({ overflowX: 'auto' });
    expect(screen.getByRole('button', { name: /copy/i })).toBeInTheDocument();
  });
});
