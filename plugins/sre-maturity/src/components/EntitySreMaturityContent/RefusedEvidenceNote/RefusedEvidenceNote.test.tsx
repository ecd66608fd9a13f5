import { Entity } from '@backstage/catalog-model';
import { EntityProvider } from '@backstage/plugin-catalog-react';
import { renderInTestApp } from '@backstage/test-utils';
import { screen } from '@testing-library/react';
import { Criterion } from '@sre-maturity/backstage-plugin-common';
import { RefusedEvidenceNote } from './RefusedEvidenceNote';

const runbooks: Criterion = {
  id: 'on-call.walk.runbooks',
  title: 'Runbooks',
  description: '',
  guidance: '',
  source: 'seed',
  evidence: {
    annotations: ['sre-maturity.io/runbook'],
    linkTypes: ['runbook'],
  },
};

function entityWith(metadata: Partial<Entity['metadata']>): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name: 'payments-api', ...metadata },
  };
}

async function renderNote(entity: Entity) {
  return renderInTestApp(
    <EntityProvider entity={entity}>
      <RefusedEvidenceNote criterion={runbooks} />
    </EntityProvider>,
  );
}

describe('RefusedEvidenceNote', () => {
  it('says which values did not count and why', async () => {
    await renderNote(
      entityWith({
        annotations: { 'sre-maturity.io/runbook': '<your runbook URL>' },
        links: [
          { url: 'https://runbooks.example.com/payments', type: 'runbook' },
        ],
      }),
    );
    expect(
      screen.getByText(/sre-maturity\.io\/runbook/).closest('div'),
    ).toHaveTextContent(
      'In the catalog, sre-maturity.io/runbook = <your runbook URL> did not count: it is a placeholder, to be replaced with the real value.',
    );
    expect(screen.getByText(/^runbook$/).closest('div')).toHaveTextContent(
      'In the catalog, runbook = https://runbooks.example.com/payments did not count: it points to runbooks.example.com, a domain reserved for examples.',
    );
  });

  it('names an empty value without showing it', async () => {
    await renderNote(
      entityWith({ annotations: { 'sre-maturity.io/runbook': ' ' } }),
    );
    expect(
      screen.getByText(/sre-maturity\.io\/runbook/).closest('div'),
    ).toHaveTextContent(
      'In the catalog, sre-maturity.io/runbook did not count: it is empty.',
    );
  });

  it('shows nothing when every value counts', async () => {
    const { container } = await renderNote(
      entityWith({
        annotations: {
          'sre-maturity.io/runbook': 'https://runbooks.acme.internal/payments',
        },
      }),
    );
    expect(container).toBeEmptyDOMElement();
  });
});
