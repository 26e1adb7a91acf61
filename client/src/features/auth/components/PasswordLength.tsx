import { Text } from '@mantine/core';
import { LIMITS } from '@fulcrum/shared';

/** Live hint under a new password, counted the way the server counts (characters). */
export function PasswordLength({ password }: { password: string }) {
  const length = [...password].length;
  const enough = length >= LIMITS.passwordMin;
  return (
    <Text component="span" size="xs" c={enough ? 'teal.7' : 'dimmed'}>
      At least {LIMITS.passwordMin} characters{length > 0 ? ` · ${length} so far` : ''}
      {enough ? ' ✓' : ''}. A passphrase is easiest to remember.
    </Text>
  );
}
