import { renderInTestApp } from '@backstage/test-utils';
import { screen } from '@testing-library/react';
import { rootRouteRef } from '../../../routes';
import { makeAssessment, testModel } from '../../../testing/fixtures';
import { AssessmentOverview } from './AssessmentOverview';

describe('AssessmentOverview', () => {
  it('links the overall phase to the model page explaining the entity', async () => {
    await renderInTestApp(
      <AssessmentOverview
        assessment={makeAssessment()}
        areas={testModel.areas}
        staleAfterDays={180}
      />,
      { mountedRoutes: { '/sre-maturity': rootRouteRef } },
    );
    expect(
      screen.getByRole('link', { name: 'Why Not started?' }),
    ).toHaveAttribute(
      'href',
      '/sre-maturity/model?entity=component%3Adefault%2Fpayments-api',
    );
    expect(
      screen.getByRole('link', { name: 'How the model works' }),
    ).toHaveAttribute('href', '/sre-maturity/model');
  });
});
