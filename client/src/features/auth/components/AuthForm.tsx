import { Stack } from '@mantine/core';
import type { SubmitEventHandler, ReactNode } from 'react';
import { SubmitButton } from '@/components/SubmitButton';

/** The form of a signed-out page: its fields, the full-width submit button, and a note under it. */
export function AuthForm({
  onSubmit,
  submitLabel,
  loading,
  note,
  children,
}: {
  onSubmit: SubmitEventHandler<HTMLFormElement>;
  submitLabel: string;
  loading: boolean;
  note?: ReactNode;
  children: ReactNode;
}) {
  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="md">
        {children}
        <SubmitButton fullWidth loading={loading} mt="xs">
          {submitLabel}
        </SubmitButton>
        {note}
      </Stack>
    </form>
  );
}
