import type { UseFormInput } from '@mantine/form';
import type { Problem } from './errors';

interface FormWithErrors {
  setFieldError: (path: string, error: string) => void;
}

/**
 * Puts the server's field errors under the matching inputs and returns the ones no input
 * shows (for example `token` on a password form), so the caller can show them above.
 */
export function applyFieldErrors(
  form: FormWithErrors,
  problem: Problem,
  formFields: readonly string[],
): Record<string, string> {
  const leftover: Record<string, string> = {};
  for (const [field, message] of Object.entries(problem.fields)) {
    if (formFields.includes(field)) form.setFieldError(field, message);
    else leftover[field] = message;
  }
  return leftover;
}

type EnhancePayload<Values> = Parameters<NonNullable<UseFormInput<Values>['enhanceGetInputProps']>>[0];

/**
 * For `useForm({ enhanceGetInputProps })`: check a field when leaving it, but only once
 * something was typed, so tabbing through an empty form does not fill it with errors.
 */
export function validateFilledOnBlur<Values>({ field, form }: EnhancePayload<Values>) {
  return {
    onBlur: () => {
      const value = (form.getValues() as Record<string, unknown>)[String(field)];
      if (typeof value === 'string' && value.trim() !== '') form.validateField(field);
    },
  };
}
