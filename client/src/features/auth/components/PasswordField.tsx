import { PasswordInput, type PasswordInputProps } from '@mantine/core';
import { PasswordLength } from './PasswordLength';

/**
 * A password input whose show/hide toggle is named without the word "password", so the
 * field is the only thing labelled "Password" on the page (screen readers and tests).
 */
export function PasswordField(props: PasswordInputProps) {
  return <PasswordInput visibilityToggleButtonProps={{ 'aria-label': 'Show or hide what you typed' }} {...props} />;
}

/** A new password, labelled "Password", with how long it is so far under it. */
export function NewPasswordField({ value = '', ...props }: Omit<PasswordInputProps, 'value'> & { value?: string }) {
  return (
    <PasswordField
      label="Password"
      autoComplete="new-password"
      description={<PasswordLength password={value} />}
      value={value}
      {...props}
    />
  );
}
