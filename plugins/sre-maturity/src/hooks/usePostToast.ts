import {
  alertApiRef,
  toastApiRef,
  useApiHolder,
} from '@backstage/frontend-plugin-api';
import { useCallback } from 'react';

/** A short notice about the outcome of something the user did. */
export interface Toast {
  title: string;
  description?: string;
  status: 'success' | 'danger';
  /** Dismissed after a few seconds rather than by the user. */
  transient?: boolean;
}

const TRANSIENT_TIMEOUT_MS = 5000;

/**
 * Posts a toast with the ToastApi. Apps on the legacy frontend system do not
 * provide it, and get the deprecated AlertApi's notice instead.
 */
export function usePostToast(): (toast: Toast) => void {
  const apis = useApiHolder();
  return useCallback(
    ({ title, description, status, transient }: Toast) => {
      const toastApi = apis.get(toastApiRef);
      if (toastApi) {
        toastApi.post({
          title,
          description,
          status,
          timeout: transient ? TRANSIENT_TIMEOUT_MS : undefined,
        });
        return;
      }
      apis.get(alertApiRef)?.post({
        message: description ? `${title}: ${description}` : title,
        severity: status === 'danger' ? 'error' : 'success',
        ...(transient && { display: 'transient' }),
      });
    },
    [apis],
  );
}
