import { renderInTestApp } from '@backstage/test-utils';
import { screen, within } from '@testing-library/react';
import { EvidenceSourcesSummary } from './EvidenceSourcesSummary';

const SOURCE = 'https://git.example.org/acme/payments-api';
// What an external link reads out after its text.
const NEW_WINDOW = ', Opens in a new window';

describe('EvidenceSourcesSummary', () => {
  beforeEach(() => {
    jest.useFakeTimers({ now: new Date('2025-06-01T12:00:00Z') });
  });
  afterEach(() => jest.useRealTimers());

  function items() {
    return within(
      screen.getByRole('list', { name: 'Evidence sources' }),
    ).getAllByRole('listitem');
  }

  it('says when each source was read, with a link to it', async () => {
    await renderInTestApp(
      <EvidenceSourcesSummary
        sources={[
          {
            provider: 'repository',
            status: 'read',
            source: SOURCE,
            readAt: '2025-06-01T10:00:00Z',
            checkedAt: '2025-06-01T10:00:00Z',
          },
        ]}
      />,
    );
    expect(items()[0]).toHaveTextContent(
      `Repository ${SOURCE}${NEW_WINDOW} read 2 hours ago.`,
    );
    expect(
      screen.getByRole('link', { name: `${SOURCE}${NEW_WINDOW}` }),
    ).toHaveAttribute('href', SOURCE);
  });

  it('says a source could not be read, apart from not met', async () => {
    await renderInTestApp(
      <EvidenceSourcesSummary
        sources={[
          {
            provider: 'repository',
            status: 'unreadable',
            source: SOURCE,
            checkedAt: '2025-06-01T11:00:00Z',
            message: 'NotFoundError: 404',
          },
          {
            provider: 'sonarqube',
            status: 'unreadable',
            source: 'https://sonar.test/p',
            readAt: '2025-05-31T09:00:00Z',
            checkedAt: '2025-06-01T11:00:00Z',
            message: 'timeout',
          },
        ]}
      />,
    );
    expect(items()[0]).toHaveTextContent(
      `Could not read the repository ${SOURCE}${NEW_WINDOW}: NotFoundError: 404 (tried 1 hour ago). Its criteria are not known, which is not the same as not met.`,
    );
    expect(items()[1]).toHaveTextContent(
      `Could not read the sonarqube https://sonar.test/p${NEW_WINDOW}: timeout (tried 1 hour ago). Evidence from the read yesterday is still shown.`,
    );
  });

  it('says what is not read yet, and what has no source', async () => {
    await renderInTestApp(
      <EvidenceSourcesSummary
        sources={[
          { provider: 'repository', status: 'pending', source: SOURCE },
          { provider: 'repository', status: 'none' },
          { provider: 'sonarqube', status: 'none' },
        ]}
      />,
    );
    expect(items().map(item => item.textContent)).toEqual([
      `Repository ${SOURCE}${NEW_WINDOW} not read yet; it is read on a schedule.`,
      'No repository to read: set backstage.io/source-location to find evidence in it.',
      'Nothing for the sonarqube to read.',
    ]);
  });
});
