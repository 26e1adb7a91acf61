import { Alert, Button, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { ErrorCode, passwordProblem } from '@fulcrum/shared';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { IconAlert } from '@/components/icons';
import { ProblemAlert } from '@/components/ProblemAlert';
import { SubmitButton } from '@/components/SubmitButton';
import { paths } from '@/config/paths';
import { AcceptInvitationDocument } from '@/gql/graphql';
import { readProblem, type Problem } from '@/lib/errors';
import { applyFieldErrors, validateFilledOnBlur } from '@/lib/form';
import { AuthLayout } from '../components/AuthLayout';
import { AuthSwitch } from '../components/AuthSwitch';
import { PasswordField } from '../components/PasswordField';
import { PasswordLength } from '../components/PasswordLength';
import { useAuthMutation } from '../hooks/useAuthMutation';
import { useStartSession } from '../hooks/useStartSession';

const FIELDS = ['password'] as const;

export function AcceptInvitationPage() {
  const { token = '' } = useParams();
  const startSession = useStartSession();
  const [problem, setProblem] = useState<Problem | null>(null);
  const [tokenProblem, setTokenProblem] = useState<string | null>(null);
  const [accept, { loading }] = useAuthMutation(AcceptInvitationDocument);

  const form = useForm({
    initialValues: { password: '', confirmPassword: '' },
    enhanceGetInputProps: validateFilledOnBlur,
    validate: {
      password: (value) => passwordProblem(value),
      confirmPassword: (value, values) =>
        value.length === 0
          ? 'Type the password again.'
          : value !== values.password
            ? 'The two passwords do not match.'
            : null,
    },
  });

  const submit = form.onSubmit(async (values) => {
    setProblem(null);
    setTokenProblem(null);
    try {
      const { data } = await accept({ variables: { input: { token, password: values.password } } });
      if (data) await startSession(data.acceptInvitation);
    } catch (error) {
      const read = readProblem(error);
      const leftover = applyFieldErrors(form, read, FIELDS);
      if (leftover.token) setTokenProblem(leftover.token);
      else if (read.code !== ErrorCode.BAD_USER_INPUT || Object.keys(leftover).length > 0) setProblem(read);
    }
  });

  return (
    <AuthLayout
      title="Welcome to Fulcrum"
      subtitle="You were invited to plan your growth with your manager. Choose a password to finish setting up your account."
      footer={<AuthSwitch prompt="Already set your password?" to={paths.signIn.to()} label="Sign in" />}
    >
      {tokenProblem && <InvitationLinkProblem message={tokenProblem} />}
      {problem && <ProblemAlert error={problem} />}
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <PasswordField
            label="Password"
            autoComplete="new-password"
            // The page's one task starts in this field; focusing it on arrival moves no context (WCAG 3.2.1).
            // eslint-disable-next-line jsx-a11y/no-autofocus
            autoFocus
            description={<PasswordLength password={form.values.password} />}
            {...form.getInputProps('password')}
          />
          <PasswordField
            label="Confirm password"
            autoComplete="new-password"
            {...form.getInputProps('confirmPassword')}
          />
          <SubmitButton fullWidth loading={loading} mt="xs">
            Set password and continue
          </SubmitButton>
        </Stack>
      </form>
    </AuthLayout>
  );
}

/** The token was used, revoked or expired: say so and offer the way to sign in. */
function InvitationLinkProblem({ message }: { message: string }) {
  return (
    <Alert color="red" variant="light" title="This invitation link cannot be used" icon={<IconAlert />} role="alert">
      <Stack gap="xs" align="flex-start">
        <span>{message}</span>
        <span>If you never set a password, ask whoever invited you for a new link.</span>
        <Button component={Link} to={paths.signIn.to()} size="xs" variant="white" color="red">
          Go to sign in
        </Button>
      </Stack>
    </Alert>
  );
}
