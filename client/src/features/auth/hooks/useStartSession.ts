import { useApolloClient } from '@apollo/client/react';
import { useCallback } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { safeNext } from '@/config/paths';
import { ViewerDocument, type ViewerFieldsFragment } from '@/gql/graphql';

/**
 * After sign up, sign in or accepting an invitation: forget everything cached for a
 * previous session, remember the new viewer, and go where the user was headed.
 */
export function useStartSession() {
  const client = useApolloClient();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = params.get('next');

  return useCallback(
    async (viewer: ViewerFieldsFragment) => {
      await client.clearStore();
      client.writeQuery({ query: ViewerDocument, data: { viewer } });
      await navigate(safeNext(next), { replace: true });
    },
    [client, navigate, next],
  );
}
