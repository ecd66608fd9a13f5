import { renderInTestApp } from '@backstage/test-utils';
import { fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Link, useLocation } from 'react-router-dom';
import { UnsavedChangesDialog } from './UnsavedChangesDialog';

const DOCS = '/catalog/default/component/payments-api/docs';

function Page(props: { count: number }) {
  const location = useLocation();
  return (
    <>
      <UnsavedChangesDialog count={props.count} />
      <p>At {location.pathname}</p>
      <Link to={DOCS}>Docs</Link>
    </>
  );
}

function unload(): Event {
  const event = new Event('beforeunload', { cancelable: true });
  fireEvent(window, event);
  return event;
}

describe('UnsavedChangesDialog', () => {
  it('asks before in-app navigation, and stays when the user says so', async () => {
    await renderInTestApp(<Page count={2} />);

    await userEvent.click(screen.getByRole('link', { name: 'Docs' }));

    const dialog = screen.getByRole('dialog', {
      name: 'Leave without saving?',
    });
    expect(dialog).toHaveTextContent(
      '2 answers are not saved yet and would be lost.',
    );
    expect(screen.getByText('At /')).toBeInTheDocument();
    await userEvent.click(
      screen.getByRole('button', { name: 'Stay on this page' }),
    );
    expect(screen.getByText('At /')).toBeInTheDocument();
  });

  it('leaves when the user says so', async () => {
    await renderInTestApp(<Page count={1} />);

    await userEvent.click(screen.getByRole('link', { name: 'Docs' }));
    await userEvent.click(
      screen.getByRole('button', { name: 'Leave without saving' }),
    );

    expect(screen.getByText(`At ${DOCS}`)).toBeInTheDocument();
  });

  it('has the browser ask before reloading or closing the tab', async () => {
    await renderInTestApp(<Page count={1} />);

    expect(unload().defaultPrevented).toBe(true);
  });

  it('lets everything through with nothing unsaved', async () => {
    await renderInTestApp(<Page count={0} />);

    expect(unload().defaultPrevented).toBe(false);
    await userEvent.click(screen.getByRole('link', { name: 'Docs' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByText(`At ${DOCS}`)).toBeInTheDocument();
  });
});
