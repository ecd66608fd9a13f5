import { renderInTestApp } from '@backstage/test-utils';
import { fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Link, useLocation } from 'react-router-dom';
import { useUnsavedChangesGuard } from './useUnsavedChangesGuard';

function Page(props: { message?: string }) {
  useUnsavedChangesGuard(props.message);
  const location = useLocation();
  return (
    <>
      <p>At {location.pathname}</p>
      <Link to="/catalog/default/component/payments-api/docs">Docs</Link>
    </>
  );
}

function unload(): Event {
  const event = new Event('beforeunload', { cancelable: true });
  fireEvent(window, event);
  return event;
}

describe('useUnsavedChangesGuard', () => {
  let confirm: jest.SpyInstance;

  beforeEach(() => {
    confirm = jest.spyOn(window, 'confirm');
  });

  afterEach(() => confirm.mockRestore());

  it('asks before in-app navigation, and stays when the user cancels', async () => {
    confirm.mockReturnValue(false);
    await renderInTestApp(<Page message="Leave without saving?" />);

    await userEvent.click(screen.getByRole('link', { name: 'Docs' }));

    expect(confirm).toHaveBeenCalledWith('Leave without saving?');
    expect(screen.getByText('At /')).toBeInTheDocument();
  });

  it('leaves when the user confirms', async () => {
    confirm.mockReturnValue(true);
    await renderInTestApp(<Page message="Leave without saving?" />);

    await userEvent.click(screen.getByRole('link', { name: 'Docs' }));

    expect(
      screen.getByText('At /catalog/default/component/payments-api/docs'),
    ).toBeInTheDocument();
  });

  it('has the browser ask before reloading or closing the tab', async () => {
    await renderInTestApp(<Page message="Leave without saving?" />);

    expect(unload().defaultPrevented).toBe(true);
  });

  it('lets everything through without a message', async () => {
    await renderInTestApp(<Page />);

    expect(unload().defaultPrevented).toBe(false);
    await userEvent.click(screen.getByRole('link', { name: 'Docs' }));
    expect(confirm).not.toHaveBeenCalled();
    expect(
      screen.getByText('At /catalog/default/component/payments-api/docs'),
    ).toBeInTheDocument();
  });
});
