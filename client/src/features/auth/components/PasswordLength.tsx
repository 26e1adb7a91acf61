import { Text } from '@mantine/core';
import { LIMITS } from '@fulcrum/shared';

/** Live hint under a new password, counted the way the server counts (characters). */
export function PasswordLength({ password }: { password: string }) {
  // Array.from counts code points, as the server's passwordProblem does.
  const length = Array.from(password).length;
  const enough = length >= LIMITS.passwordMin;
  return (
    <Text component="span" size="xs" c={enough ? 'teal.7' : 'dimmed'}>
      At least {LIMITS.passwordMin} characters{length > 0 ? ` · ${length} so far` : ''}
      {enough ? ' ✓' : ''}. A passphrase is easiest to remember.
    </Text>
  );
}
