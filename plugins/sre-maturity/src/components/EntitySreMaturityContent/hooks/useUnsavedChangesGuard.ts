import { useContext, useEffect, useState } from 'react';
import { UNSAFE_NavigationContext } from 'react-router-dom';

/** A navigation held back until the user decides. */
export interface HeldNavigation {
  leave(): void;
  stay(): void;
}

/**
 * While `active`, holds back leaving the page: in-app navigation (another
 * tab of the entity, a link) is returned to be confirmed, and reloading or
 * closing the browser tab gets the browser's own prompt.
 *
 * Backstage renders its routes in a plain router, where react-router's
 * `useBlocker` is not available, so in-app navigation is caught where every
 * link and `navigate` call passes: the router's navigator. The browser's
 * back button is not caught this way.
 */
export function useUnsavedChangesGuard(
  active: boolean,
): HeldNavigation | undefined {
  const { navigator } = useContext(UNSAFE_NavigationContext);
  const [held, setHeld] = useState<() => void>();

  useEffect(() => {
    if (!active) {
      return undefined;
    }
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older browsers show the prompt only when returnValue is set.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);

    const { push, replace } = navigator;
    navigator.push = (...args: Parameters<typeof push>) =>
      setHeld(() => () => push(...args));
    navigator.replace = (...args: Parameters<typeof replace>) =>
      setHeld(() => () => replace(...args));
    return () => {
      window.removeEventListener('beforeunload', onBeforeUnload);
      navigator.push = push;
      navigator.replace = replace;
    };
  }, [navigator, active]);

  if (!held) {
    return undefined;
  }
  return {
    leave: () => {
      setHeld(undefined);
      held();
    },
    stay: () => setHeld(undefined),
  };
}
