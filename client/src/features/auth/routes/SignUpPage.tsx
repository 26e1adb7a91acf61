import { Text, TextInput, type TextInputProps } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { LIMITS, emailProblem, nameProblem, normalizeEmail, passwordProblem } from '@fulcrum/shared';
import { ProblemAlert } from '@/components/ProblemAlert';
import { paths } from '@/config/paths';
import { SignUpDocument } from '@/gql/graphql';
import { AuthForm } from '../components/AuthForm';
import { AuthLayout } from '../components/AuthLayout';
import { AuthSwitch } from '../components/AuthSwitch';
import { NewPasswordField } from '../components/PasswordField';
import { useAuthForm } from '../hooks/useAuthForm';

const INITIAL_VALUES = { organizationName: '', name: '', email: '', password: '' };
type SignUpForm = UseFormReturnType<typeof INITIAL_VALUES>;

/** The text fields before the password, in their order; the first takes the focus. */
const TEXT_FIELDS: ({ field: 'organizationName' | 'name' | 'email' } & TextInputProps)[] = [
  {
    field: 'organizationName',
    label: 'Organization name',
    placeholder: 'Acme Analytics',
    autoComplete: 'organization',
    maxLength: LIMITS.organizationNameMax,
  },
  { field: 'name', label: 'Your name', placeholder: 'Ada Lovelace', autoComplete: 'name', maxLength: LIMITS.nameMax },
  { field: 'email', label: 'Email', type: 'email', placeholder: 'you@company.com', autoComplete: 'email' },
];

export function SignUpPage() {
  const { form, send, problem, loading } = useAuthForm(SignUpDocument, (data) => data.signUp, {
    initialValues: INITIAL_VALUES,
    validate: {
      organizationName: (value) => nameProblem(value, LIMITS.organizationNameMax),
      name: (value) => nameProblem(value),
      email: (value) => emailProblem(value),
      password: (value) => passwordProblem(value),
    },
  });
  const submit = form.onSubmit((values) =>
    send(
      {
        input: {
          organizationName: values.organizationName.trim(),
          name: values.name.trim(),
          email: normalizeEmail(values.email),
          password: values.password,
        },
      },
      (read, leftover) => {
        // Field errors are shown under their inputs; only say more when something is left.
        return Object.keys(read.fields).length === 0 || Object.keys(leftover).length > 0;
      },
    ),
  );

  return (
    <AuthLayout
      title="Create your organization"
      subtitle="You will be its admin: add your team, then invite them to plan together."
      footer={<AuthSwitch prompt="Already have an account?" to={paths.signIn.to()} label="Sign in" />}
    >
      {problem && <ProblemAlert error={problem} />}
      <AuthForm
        onSubmit={submit}
        submitLabel="Create account"
        loading={loading}
        note={
          <Text size="xs" c="dimmed" ta="center">
            Plans are private to each person and their manager chain; admins manage people only.
          </Text>
        }
      >
        <SignUpFields form={form} />
      </AuthForm>
    </AuthLayout>
  );
}

function SignUpFields({ form }: { form: SignUpForm }) {
  return (
    <>
      {TEXT_FIELDS.map(({ field, ...props }, index) => (
        <TextInput
          key={field}
          {...props}
          // The page's one task starts in the first field; focusing it on arrival moves no context (WCAG 3.2.1).
          // eslint-disable-next-line jsx-a11y/no-autofocus
          autoFocus={index === 0}
          {...form.getInputProps(field)}
        />
      ))}
      <NewPasswordField {...form.getInputProps('password')} />
    </>
  );
}
