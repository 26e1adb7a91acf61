import type { OperationVariables, TypedDocumentNode } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { useForm, type FormValidateInput } from '@mantine/form';
import { useState } from 'react';
import type { ViewerFieldsFragment } from '@/gql/graphql';
import { SKIP_AUTH_REDIRECT } from '@/lib/apollo';
import { readProblem, type Problem } from '@/lib/errors';
import { applyFieldErrors, validateFilledOnBlur } from '@/lib/form';
import { useStartSession } from './useStartSession';

/**
 * The form of a signed-out page (sign in, sign up, accept an invitation), each field checked once
 * left with something typed in it. `send` runs the mutation; the viewer it answers with starts the
 * session. A refusal there (a wrong password is UNAUTHENTICATED too) must not bounce the visitor
 * back to sign in: what it says of the form's fields goes under them, and `showRefusal` (told what
 * is left) answers whether `problem` should say it above them.
 */
export function useAuthForm<Values extends Record<string, unknown>, TData, TVariables extends OperationVariables>(
  document: TypedDocumentNode<TData, TVariables>,
  viewerOf: (data: TData) => ViewerFieldsFragment,
  { initialValues, validate }: { initialValues: Values; validate: FormValidateInput<Values> },
) {
  const startSession = useStartSession();
  const [problem, setProblem] = useState<Problem | null>(null);
  const [mutate, { loading }] = useMutation(document, { context: { [SKIP_AUTH_REDIRECT]: true } });
  const form = useForm<Values>({ initialValues, enhanceGetInputProps: validateFilledOnBlur, validate });
  const send = async (
    variables: TVariables,
    showRefusal: (problem: Problem, leftover: Record<string, string>) => boolean,
  ) => {
    setProblem(null);
    try {
      const { data } = await mutate({ variables });
      if (data) await startSession(viewerOf(data));
    } catch (error) {
      const read = readProblem(error);
      const leftover = applyFieldErrors(form, read, Object.keys(initialValues));
      if (showRefusal(read, leftover)) setProblem(read);
    }
  };
  return { form, send, problem, loading };
}
