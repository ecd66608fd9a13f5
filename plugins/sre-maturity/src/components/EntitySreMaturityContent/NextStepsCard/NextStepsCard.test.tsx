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

async function renderCard() {
  const assessment = assessEntity({
    model,
    answers: [],
    evidence: [],
    now: NOW,
  });
  await renderInTestApp(
    <NextStepsCard views={buildAreaViews(model, assessment)} />,
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
      listItems('Observability: to reach Crawl').map(li => li.textContent),
    ).toEqual([
      'Criterion 1Guidance 1.',
      'Criterion 2Guidance 2.',
      'Criterion 3Guidance 3.',
    ]);
    expect(listItems('On Call: to reach Crawl')).toHaveLength(1);
    expect(screen.getAllByRole('button', { name: /^Show all/ })).toHaveLength(
      1,
    );

    const showAll = screen.getByRole('button', { name: 'Show all 5' });
    expect(showAll).toHaveAttribute('aria-expanded', 'false');
    expect(showAll).toHaveAccessibleDescription(
      'Observability: to reach Crawl',
    );
    await user.click(showAll);
    expect(listItems('Observability: to reach Crawl')).toHaveLength(5);

    const showFewer = screen.getByRole('button', { name: 'Show fewer' });
    expect(showFewer).toHaveAttribute('aria-expanded', 'true');
    await user.click(showFewer);
    expect(listItems('Observability: to reach Crawl')).toHaveLength(3);
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
