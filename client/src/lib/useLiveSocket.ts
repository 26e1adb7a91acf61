import { useEffect, useRef, useSyncExternalStore } from 'react';
import { liveSocket, type LiveSocket, type LiveStatus } from './apollo';

/** The subscription WebSocket's state, for a "Live" / "Reconnecting…" indicator. */
export function useLiveStatus(live: LiveSocket = liveSocket): LiveStatus {
  return useSyncExternalStore(live.subscribe, live.getStatus);
}

/** Why the server refused the socket (too many open for this session), or null. */
export function useLiveRefusal(live: LiveSocket = liveSocket): string | null {
  return useSyncExternalStore(live.subscribe, live.getRefusal);
}

/**
 * Calls `onReconnected` each time the WebSocket comes back while the caller is mounted: after a
 * drop (graphql-ws retries and resubscribes, but events sent meanwhile are gone) or after a give-up
 * and a restart. The first connection of the caller's own subscription is not a reconnection: the
 * caller's query has just loaded. Called with a short delay, so the server has resubscribed first
 * and nothing falls between the refetch and the next event.
 */
export function useOnReconnected(onReconnected: () => void, { enabled = true, live = liveSocket, delayMs = 300 } = {}) {
  const latest = useRef(onReconnected);
  useEffect(() => {
    latest.current = onReconnected;
  });
  useEffect(() => {
    if (!enabled) return;
    let connections = 0;
    const timers = new Set<ReturnType<typeof setTimeout>>();
    const stop = live.onConnected((wasRetry) => {
      connections += 1;
      if (!wasRetry && connections === 1) return;
      const timer = setTimeout(() => {
        timers.delete(timer);
        latest.current();
      }, delayMs);
      timers.add(timer);
    });
    return () => {
      stop();
      for (const timer of timers) clearTimeout(timer);
    };
  }, [enabled, live, delayMs]);
}
