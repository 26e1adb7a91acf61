import { useEffect } from 'react';
import { useLocation } from 'react-router';

/**
 * Scrolls to the element the URL's hash names (`#gap-<id>`) once `ready` (the content is drawn),
 * and marks it briefly, so a link from elsewhere (a 1:1's agenda item) lands on the item itself.
 */
export function useScrollToHash(ready: boolean): void {
  const { hash, pathname } = useLocation();
  useEffect(() => {
    if (!ready || hash.length < 2) return;
    const id = decodeURIComponent(hash.slice(1));
    let tries = 0;
    let timer: ReturnType<typeof setTimeout>;
    // Tabs draw their content a moment after the route changes: look for it a few times.
    const find = () => {
      const element = document.getElementById(id);
      if (element) {
        element.scrollIntoView({ behavior: 'smooth', block: 'center' });
        // Not every DOM implements the Web Animations API (jsdom does not).
        if ('animate' in element) {
          element.animate(
            [{ boxShadow: '0 0 0 3px var(--mantine-color-indigo-4)' }, { boxShadow: '0 0 0 3px transparent' }],
            { duration: 2400, easing: 'ease-out' },
          );
        }
      } else if (tries++ < 20) {
        timer = setTimeout(find, 100);
      }
    };
    find();
    return () => clearTimeout(timer);
  }, [ready, hash, pathname]);
}
