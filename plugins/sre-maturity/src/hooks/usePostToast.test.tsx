import { alertApiRef, toastApiRef } from '@backstage/frontend-plugin-api';
import { TestApiProvider } from '@backstage/test-utils';
import { renderHook } from '@testing-library/react';
import { ReactNode } from 'react';
import { usePostToast } from './usePostToast';

function renderPostToast(apis: Parameters<typeof TestApiProvider>[0]['apis']) {
  const wrapper = ({ children }: { children: ReactNode }) => (
    <TestApiProvider apis={apis}>{children}</TestApiProvider>
  );
  return renderHook(() => usePostToast(), { wrapper }).result.current;
}

describe('usePostToast', () => {
  it('posts with the ToastApi where the app provides it, not the deprecated AlertApi', () => {
    const toastApi = { post: jest.fn() };
    const alertApi = { post: jest.fn(), alert$: jest.fn() };
    const postToast = renderPostToast([
      [toastApiRef, toastApi],
      [alertApiRef, alertApi],
    ]);

    postToast({ title: 'Saved 2 answers', status: 'success', transient: true });
    postToast({
      title: 'Could not export',
      description: 'boom',
      status: 'danger',
    });

    expect(toastApi.post).toHaveBeenCalledWith({
      title: 'Saved 2 answers',
      status: 'success',
      timeout: 5000,
    });
    expect(toastApi.post).toHaveBeenCalledWith({
      title: 'Could not export',
      description: 'boom',
      status: 'danger',
    });
    expect(alertApi.post).not.toHaveBeenCalled();
  });

  it('falls back to the AlertApi in legacy apps, which have no ToastApi', () => {
    const alertApi = { post: jest.fn(), alert$: jest.fn() };
    const postToast = renderPostToast([[alertApiRef, alertApi]]);

    postToast({ title: 'Saved 1 answer', status: 'success', transient: true });
    postToast({
      title: 'Could not export',
      description: 'boom',
      status: 'danger',
    });

    expect(alertApi.post).toHaveBeenNthCalledWith(1, {
      message: 'Saved 1 answer',
      severity: 'success',
      display: 'transient',
    });
    expect(alertApi.post).toHaveBeenNthCalledWith(2, {
      message: 'Could not export: boom',
      severity: 'error',
    });
  });
});
