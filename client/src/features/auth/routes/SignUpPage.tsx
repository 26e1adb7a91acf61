import { Stack, Text, TextInput } from '@mantine/core';
import { useForm, type UseFormReturnType } from '@mantine/form';
import { LIMITS, emailProblem, nameProblem, normalizeEmail, passwordProblem } from '@fulcrum/shared';
import { useState } from 'react';
import { ProblemAlert } from '@/components/ProblemAlert';
import { SubmitButton } from '@/components/SubmitButton';
import { paths } from '@/config/paths';
import { SignUpDocument } from '@/gql/graphql';
import { readProblem, type Problem } from '@/lib/errors';
import { applyFieldErrors, validateFilledOnBlur } from '@/lib/form';
import { AuthLayout } from '../components/AuthLayout';
import { AuthSwitch } from '../components/AuthSwitch';
import { PasswordField } from '../components/PasswordField';
import { PasswordLength } from '../components/PasswordLength';
import { useAuthMutation } from '../hooks/useAuthMutation';
import { useStartSession } from '../hooks/useStartSession';

const FIELDS = ['organizationName', 'name', 'email', 'password'] as const;
const INITIAL_VALUES = { organizationName: '', name: '', email: '', password: '' };

export function SignUpPage() {
  const startSession = useStartSession();
  const [problem, setProblem] = useState<Problem | null>(null);
  const [signUp, { loading }] = useAuthMutation(SignUpDocument);

  const form = useForm({
    initialValues: INITIAL_VALUES,
    enhanceGetInputProps: validateFilledOnBlur,
    validate: {
      organizationName: (value) => nameProblem(value, LIMITS.organizationNameMax),
      name: (value) => nameProblem(value),
      email: (value) => emailProblem(value),
      password: (value) => passwordProblem(value),
    },
  });

  const submit = form.onSubmit(async (values) => {
    setProblem(null);
    try {
      const { data } = await signUp({
        variables: {
          input: {
            organizationName: values.organizationName.trim(),
            name: values.name.trim(),
            email: normalizeEmail(values.email),
            password: values.password,
          },
        },
      });
      if (data) await startSession(data.signUp);
    } catch (error) {
      const read = readProblem(error);
      const leftover = applyFieldErrors(form, read, FIELDS);
      // Field errors are shown under their inputs; only say more when something is left.
      if (Object.keys(read.fields).length === 0 || Object.keys(leftover).length > 0) setProblem(read);
    }
  });

  return (
    <AuthLayout
      title="Create your organization"
      subtitle="You will be its admin: add your team, then invite them to plan together."
      footer={<AuthSwitch prompt="Already have an account?" to={paths.signIn.to()} label="Sign in" />}
    >
      {problem && <ProblemAlert error={problem} />}
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <SignUpFields form={form} />
          <SubmitButton fullWidth loading={loading} mt="xs">
            Create account
          </SubmitButton>
          <Text size="xs" c="dimmed" ta="center">
            Plans are private to each person and their manager chain; admins manage people only.
          </Text>
        </Stack>
      </form>
    </AuthLayout>
  );
}

function SignUpFields({ form }: { form: UseFormReturnType<typeof INITIAL_VALUES> }) {
  return (
    <>
      <TextInput
        label="Organization name"
        placeholder="Acme Analytics"
        autoComplete="organization"
        // The page's one task starts in this field; focusing it on arrival moves no context (WCAG 3.2.1).
        // eslint-disable-next-line jsx-a11y/no-autofocus
        autoFocus
        maxLength={LIMITS.organizationNameMax}
        {...form.getInputProps('organizationName')}
      />
      <TextInput
        label="Your name"
        placeholder="Ada Lovelace"
        autoComplete="name"
        maxLength={LIMITS.nameMax}
        {...form.getInputProps('name')}
      />
      <TextInput
        label="Email"
        type="email"
        placeholder="you@company.com"
        autoComplete="email"
        {...form.getInputProps('email')}
      />
      <PasswordField
        label="Password"
        autoComplete="new-password"
        description={<PasswordLength password={form.values.password} />}
        {...form.getInputProps('password')}
      />
    </>
  );
}
