import { useEffect, useRef } from 'react';

/**
 * Focus for an inline editor that replaces the control which opened it (a row's "Edit"): that
 * button is gone, so focus moves into the editor instead of falling back to the page. Unlike
 * `autoFocus`, this only answers the user's own action and never fires on page load.
 */
export function useFocusOnMount<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return ref;
}
