import { useQuery } from '@apollo/client/react';
import { createContext, useContext } from 'react';
import { ViewerDocument, type ViewerFieldsFragment } from '@/gql/graphql';

export type SignedInViewer = ViewerFieldsFragment;

/**
 * Loads who is signed in; `viewer` is null when nobody is. `fresh` asks the server even when
 * the cache holds a viewer (which may be a session that just ended).
 */
export function useViewerQuery({ fresh = false }: { fresh?: boolean } = {}) {
  return useQuery(ViewerDocument, { fetchPolicy: fresh ? 'network-only' : 'cache-first' });
}

export const ViewerContext = createContext<SignedInViewer | null>(null);

/** The signed-in viewer inside the signed-in part of the app (under the session guard). */
export function useViewer(): SignedInViewer {
  const viewer = useContext(ViewerContext);
  if (!viewer) throw new Error('useViewer is only available on signed-in pages');
  return viewer;
}
