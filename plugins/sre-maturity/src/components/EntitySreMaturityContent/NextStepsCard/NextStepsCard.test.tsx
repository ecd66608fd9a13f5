import {
  assessEntity,
  MaturityModel,
} from '@sre-maturity/backstage-plugin-common';
import { renderInTestApp } from '@backstage/test-utils';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { NOW, testModel } from '../../../testing/fixtures';
import { buildAreaViews } from '../areaViews/buildAreaViews';
import { NextStepsCard } from './NextStepsCard';

// Observability's Crawl phase with five criteria, none met yet.
const [observability, onCall] = testModel.areas;
const [crawl, ...laterPhases] = observability.phases;
const model: MaturityModel = {
  areas: [
    {
      ...observability,
      phases: [
        {
          ...crawl,
          criteria: [1, 2, 3, 4, 5].map(n => ({
            id: `observability.crawl.c${n}`,
            title: `Criterion ${n}`,
            description: '',
            guidance: `Guidance ${n}.`,
            source: 'seed' as const,
          })),
        },
        ...laterPhases,
      ],
    },
    onCall,
  ],
};

const onShowCriterion = jest.fn();

async function renderCard() {
  const assessment = assessEntity({
    model,
    entity: { kind: 'Component', type: 'service' },
    answers: [],
    evidence: [],
    now: NOW,
  });
  await renderInTestApp(
    <NextStepsCard
      views={buildAreaViews(model, assessment)}
      onShowCriterion={onShowCriterion}
    />,
  );
}

const listItems = (area: string) =>
  within(
    screen.getByRole('heading', { name: area })
      .nextElementSibling as HTMLElement,
  ).getAllByRole('listitem');

describe('NextStepsCard', () => {
  it('lists the first few missing criteria per area, the rest on request', async () => {
    const user = userEvent.setup({ delay: null });
    await renderCard();

    expect(
      listItems('2. Observability: to reach Crawl').map(li => li.textContent),
    ).toEqual([
      'Criterion 1Guidance 1.Go to Criterion 1',
      'Criterion 2Guidance 2.Go to Criterion 2',
      'Criterion 3Guidance 3.Go to Criterion 3',
    ]);
    expect(listItems('1. On Call: to reach Crawl')).toHaveLength(1);
    expect(screen.getAllByRole('button', { name: /^Show all/ })).toHaveLength(
      1,
    );

    const showAll = screen.getByRole('button', { name: 'Show all 5' });
    expect(showAll).toHaveAttribute('aria-expanded', 'false');
    expect(showAll).toHaveAccessibleDescription(
      '2. Observability: to reach Crawl',
    );
    await user.click(showAll);
    expect(listItems('2. Observability: to reach Crawl')).toHaveLength(5);

    const showFewer = screen.getByRole('button', { name: 'Show fewer' });
    expect(showFewer).toHaveAttribute('aria-expanded', 'true');
    await user.click(showFewer);
    expect(listItems('2. Observability: to reach Crawl')).toHaveLength(3);
  });

  it('ranks the area the catalog can prove first, marks such criteria and links each to its place', async () => {
    const user = userEvent.setup({ delay: null });
    await renderCard();

    const headings = screen
      .getAllByRole('heading', { level: 3 })
      .map(h => h.textContent);
    expect(headings).toEqual([
      '1. On Call: to reach Crawl',
      '2. Observability: to reach Crawl',
    ]);
    const schedule = listItems('1. On Call: to reach Crawl')[0];
    expect(within(schedule).getByText('From the catalog')).toBeInTheDocument();
    expect(
      within(listItems('2. Observability: to reach Crawl')[0]).queryByText(
        'From the catalog',
      ),
    ).not.toBeInTheDocument();

    await user.click(within(schedule).getByText('On-call schedule'));
    await user.click(
      within(schedule).getByRole('button', { name: 'Go to On-call schedule' }),
    );
    expect(onShowCriterion).toHaveBeenCalledWith(
      'on-call',
      'on-call.crawl.schedule',
    );
  });

  it('keeps the guidance folded under each criterion title', async () => {
    const user = userEvent.setup({ delay: null });
    await renderCard();

    expect(screen.getByText('Guidance 1.')).not.toBeVisible();
    await user.click(screen.getByText('Criterion 1'));
    expect(screen.getByText('Guidance 1.')).toBeVisible();
    expect(screen.getByText('Guidance 2.')).not.toBeVisible();
  });
});
