import { renderInTestApp } from '@backstage/test-utils';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { testModel } from '../../../testing/fixtures';
import { CriterionView } from '../areaViews/buildAreaViews';
import { NotApplicableCriteria } from './NotApplicableCriteria';

const [schedule] = testModel.areas[1].phases[0].criteria;

const notApplicable: CriterionView = {
  criterion: {
    ...schedule,
    appliesTo: [{ kinds: ['Component'], types: ['service', 'website'] }],
  },
  result: {
    criterionId: schedule.id,
    areaId: 'on-call',
    phase: 'crawl',
    status: 'not-applicable',
    origin: 'model',
    evidence: [],
    stale: false,
    expired: false,
  },
};

describe('NotApplicableCriteria', () => {
  it('folds the criteria the model does not apply, each with what it applies to', async () => {
    await renderInTestApp(
      <NotApplicableCriteria
        criteria={[notApplicable]}
        entityFacts="Component, type library"
      />,
    );

    const summary = screen.getByText(
      '1 criterion does not apply to this entity (Component, type library)',
    );
    const item = screen.getByText(/^On-call schedule: applies to/);
    expect(item).not.toBeVisible();
    await userEvent.click(summary);
    expect(item).toBeVisible();
    expect(item).toHaveTextContent(
      'On-call schedule: applies to Component, of type service or website.',
    );
  });

  it('shows nothing when every criterion applies', async () => {
    await renderInTestApp(
      <NotApplicableCriteria criteria={[]} entityFacts="Component" />,
    );
    expect(screen.queryByText(/does not apply/)).not.toBeInTheDocument();
  });
});
