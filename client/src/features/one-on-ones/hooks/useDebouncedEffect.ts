import { useEffect, useRef } from 'react';

/** Runs `run` once `delayMs` have passed without `key` changing, while `enabled`. */
export function useDebounced(run: () => void, key: unknown, delayMs: number, enabled: boolean): void {
  const latest = useRef(run);
  useEffect(() => {
    latest.current = run;
  });
  useEffect(() => {
    if (!enabled) return;
    const timer = setTimeout(() => latest.current(), delayMs);
    return () => clearTimeout(timer);
  }, [key, delayMs, enabled]);
}

/** Asks before the tab closes or reloads while something typed is not saved yet. */
export function useWarnBeforeUnload(active: boolean): void {
  useEffect(() => {
    if (!active) return;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [active]);
}
