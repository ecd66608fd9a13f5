import { useContext, useEffect } from 'react';
import { UNSAFE_NavigationContext } from 'react-router-dom';

/**
 * While `message` is set, asks before leaving: in-app navigation (another
 * tab of the entity, a link) asks with `message`, and reloading or closing
 * the browser tab with the browser's own prompt.
 *
 * Backstage renders its routes in a plain router, where react-router's
 * `useBlocker` is not available, so in-app navigation is caught where every
 * link and `navigate` call passes: the router's navigator. The browser's
 * back button is not caught this way.
 */
export function useUnsavedChangesGuard(message: string | undefined) {
  const { navigator } = useContext(UNSAFE_NavigationContext);

  useEffect(() => {
    if (!message) {
      return undefined;
    }
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older browsers show the prompt only when returnValue is set.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);

    const { push, replace } = navigator;
    navigator.push = (...args: Parameters<typeof push>) => {
      if (window.confirm(message)) {
        push(...args);
      }
    };
    navigator.replace = (...args: Parameters<typeof replace>) => {
      if (window.confirm(message)) {
        replace(...args);
      }
    };
    return () => {
      window.removeEventListener('beforeunload', onBeforeUnload);
      navigator.push = push;
      navigator.replace = replace;
    };
  }, [navigator, message]);
}
