import { skipToken, useSubscription } from '@apollo/client/react';
import type { OneOnOneChange } from '@fulcrum/shared';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { LiveStatus } from '@/lib/apollo';
import { useLiveRefusal, useLiveStatus, useOnReconnected } from '@/lib/useLiveSocket';
import { OneOnOneChangedDocument, type OneOnOneDetailFragment, type OneOnOneQuery } from '../api/gql/graphql';
import { describeChange } from '../utils/notice';
import { firstName } from '@/lib/format';

export interface LiveNotice {
  /** "Maya added an agenda item: …" */
  text: string;
  change: OneOnOneChange;
  at: number;
}

interface LiveOptions {
  id: string;
  /** Only the two participants may subscribe; others read without live updates. */
  enabled: boolean;
  viewerId: string;
  current: OneOnOneDetailFragment | null;
  refetch: () => Promise<{ data?: OneOnOneQuery | undefined }>;
}

export interface Live {
  status: LiveStatus;
  /** The live updates gave up (the socket could not come back); `restart` tries again. */
  stopped: boolean;
  /** The server refused the socket: this session has too many open (other tabs). */
  refusal: string | null;
  notice: LiveNotice | null;
  restart: () => void;
}

/**
 * While the 1:1 is open: every event of `oneOnOneChanged` refetches the whole 1:1 (agenda, notes,
 * action items, status) and, when the other participant made it, says what they did. When the
 * WebSocket comes back after a drop, the 1:1 is refetched too: events sent while it was down are
 * never replayed, and nothing may be missed.
 */
export function useOneOnOneLive({ id, enabled, viewerId, current, refetch }: LiveOptions): Live {
  const [notice, setNotice] = useState<LiveNotice | null>(null);
  // A new 1:1 opened in the same screen starts without the last one's notice (state adjusted
  // while rendering, React's pattern for resetting on a prop change).
  const [noticeFor, setNoticeFor] = useState(id);
  if (noticeFor !== id) {
    setNoticeFor(id);
    setNotice(null);
  }
  const [stopped, setStopped] = useState(false);
  const latest = useRef(current);
  useEffect(() => {
    latest.current = current;
  });

  const { restart } = useSubscription(
    OneOnOneChangedDocument,
    enabled
      ? {
          variables: { id },
          ignoreResults: true,
          onData: ({ data }) => {
            const event = data.data?.oneOnOneChanged;
            if (!event) return;
            setStopped(false);
            const before = latest.current;
            void refetch()
              .then(({ data: fresh }) => {
                if (event.by.id === viewerId) return;
                const after = fresh?.oneOnOne ?? null;
                setNotice({
                  text: describeChange(event.change, firstName(event.by.name), before, after),
                  change: event.change,
                  at: Date.now(),
                });
              })
              .catch(() => undefined);
          },
          onError: () => setStopped(true),
        }
      : skipToken,
  );

  useOnReconnected(
    useCallback(() => {
      setStopped(false);
      void refetch().catch(() => undefined);
    }, [refetch]),
    { enabled },
  );

  return {
    status: useLiveStatus(),
    stopped,
    refusal: useLiveRefusal(),
    notice,
    restart: useCallback(() => {
      setStopped(false);
      restart();
      void refetch().catch(() => undefined);
    }, [restart, refetch]),
  };
}
