import { Alert, Button, Stack } from '@mantine/core';
import { ErrorCode, passwordProblem } from '@fulcrum/shared';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { IconAlert } from '@/components/icons';
import { ProblemAlert } from '@/components/ProblemAlert';
import { paths } from '@/config/paths';
import { AcceptInvitationDocument } from '@/gql/graphql';
import { AuthForm } from '../components/AuthForm';
import { AuthLayout } from '../components/AuthLayout';
import { AuthSwitch } from '../components/AuthSwitch';
import { NewPasswordField, PasswordField } from '../components/PasswordField';
import { useAuthForm } from '../hooks/useAuthForm';

export function AcceptInvitationPage() {
  const { token = '' } = useParams();
  const [tokenProblem, setTokenProblem] = useState<string | null>(null);
  const { form, send, problem, loading } = useAuthForm(AcceptInvitationDocument, (data) => data.acceptInvitation, {
    initialValues: { password: '', confirmPassword: '' },
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
  const submit = form.onSubmit((values) => {
    setTokenProblem(null);
    return send({ input: { token, password: values.password } }, (read, leftover) => {
      if (leftover.token) {
        setTokenProblem(leftover.token);
        return false;
      }
      return read.code !== ErrorCode.BAD_USER_INPUT || Object.keys(leftover).length > 0;
    });
  });

  return (
    <AuthLayout
      title="Welcome to Fulcrum"
      subtitle="You were invited to plan your growth with your manager. Choose a password to finish setting up your account."
      footer={<AuthSwitch prompt="Already set your password?" to={paths.signIn.to()} label="Sign in" />}
    >
      {tokenProblem && <InvitationLinkProblem message={tokenProblem} />}
      {problem && <ProblemAlert error={problem} />}
      <AuthForm onSubmit={submit} submitLabel="Set password and continue" loading={loading}>
        <NewPasswordField
          // The page's one task starts in this field; focusing it on arrival moves no context (WCAG 3.2.1).
          // eslint-disable-next-line jsx-a11y/no-autofocus
          autoFocus
          {...form.getInputProps('password')}
        />
        <PasswordField
          label="Confirm password"
          autoComplete="new-password"
          {...form.getInputProps('confirmPassword')}
        />
      </AuthForm>
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
