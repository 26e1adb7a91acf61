import type { OperationVariables, TypedDocumentNode } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { SKIP_AUTH_REDIRECT } from '@/lib/apollo';

/**
 * A mutation of the signed-out pages (sign in, sign up, accept an invitation). A refusal there
 * (a wrong password is UNAUTHENTICATED too) must not bounce the visitor back to sign in.
 */
export function useAuthMutation<TData, TVariables extends OperationVariables>(
  document: TypedDocumentNode<TData, TVariables>,
) {
  return useMutation(document, { context: { [SKIP_AUTH_REDIRECT]: true } });
}
