import { Alert, TextInput } from '@mantine/core';
import { ErrorCode, emailProblem, normalizeEmail } from '@fulcrum/shared';
import { useSearchParams } from 'react-router';
import { IconAlert } from '@/components/icons';
import { ProblemAlert } from '@/components/ProblemAlert';
import { paths } from '@/config/paths';
import { SignInDocument } from '@/gql/graphql';
import { minutesUntilRetry, type Problem } from '@/lib/errors';
import { AuthForm } from '../components/AuthForm';
import { AuthLayout } from '../components/AuthLayout';
import { AuthSwitch } from '../components/AuthSwitch';
import { PasswordField } from '../components/PasswordField';
import { useAuthForm } from '../hooks/useAuthForm';

export function SignInPage() {
  const [params] = useSearchParams();
  const { form, send, problem, loading } = useAuthForm(SignInDocument, (data) => data.signIn, {
    initialValues: { email: '', password: '' },
    validate: {
      email: (value) => emailProblem(value),
      password: (value) => (value.length === 0 ? 'Enter your password.' : null),
    },
  });
  const submit = form.onSubmit((values) =>
    send({ input: { email: normalizeEmail(values.email), password: values.password } }, () => true),
  );

  return (
    <AuthLayout
      title="Sign in"
      subtitle="Plan the move from Senior to Lead, together with your manager."
      footer={
        <>
          <AuthSwitch prompt="New to Fulcrum?" to={paths.signUp.to()} label="Create an organization" />
          <br />
          Invited by your team? Open the link from your invitation.
        </>
      }
    >
      {params.get('next') && !problem && (
        <Alert color="indigo" variant="light" role="status">
          Sign in to continue where you left off.
        </Alert>
      )}
      {problem && <SignInProblem problem={problem} />}
      <AuthForm onSubmit={submit} submitLabel="Sign in" loading={loading}>
        <TextInput
          label="Email"
          type="email"
          autoComplete="username"
          placeholder="you@company.com"
          // The page's one task starts in this field; focusing it on arrival moves no context (WCAG 3.2.1).
          // eslint-disable-next-line jsx-a11y/no-autofocus
          autoFocus
          {...form.getInputProps('email')}
        />
        <PasswordField label="Password" autoComplete="current-password" {...form.getInputProps('password')} />
      </AuthForm>
    </AuthLayout>
  );
}

function SignInProblem({ problem }: { problem: Problem }) {
  if (problem.code === ErrorCode.RATE_LIMITED) {
    const minutes = minutesUntilRetry(problem.retryAfterSeconds);
    return (
      <Alert color="orange" variant="light" title="Too many attempts" icon={<IconAlert />} role="alert">
        Too many attempts, try again in {minutes} {minutes === 1 ? 'minute' : 'minutes'}.
      </Alert>
    );
  }
  if (problem.code === ErrorCode.BAD_USER_INPUT || problem.code === ErrorCode.UNAUTHENTICATED) {
    return (
      <Alert color="red" variant="light" title="Could not sign you in" icon={<IconAlert />} role="alert">
        {problem.message} Check your email and password, then try again.
      </Alert>
    );
  }
  return <ProblemAlert error={problem} />;
}
