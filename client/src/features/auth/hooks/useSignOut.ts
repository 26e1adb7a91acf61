import { useApolloClient, useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { useNavigate } from 'react-router';
import { paths } from '@/config/paths';
import { SignOutDocument } from '@/gql/graphql';
import { notifyProblem } from '@/lib/notify';

export function useSignOut() {
  const client = useApolloClient();
  const navigate = useNavigate();
  const [signOut, { loading }] = useMutation(SignOutDocument);

  const run = useCallback(async () => {
    try {
      await signOut();
    } catch (error) {
      notifyProblem(error);
      return;
    }
    // Leave the signed-in pages first so no query refetches while the cache is cleared.
    await navigate(paths.signIn.to(), { replace: true });
    await client.clearStore();
  }, [client, navigate, signOut]);

  return { signOut: run, signingOut: loading };
}
