import { Anchor } from '@mantine/core';
import { Link } from 'react-router';

/** "Already have an account? Sign in": the footer link from one auth page to another. */
export function AuthSwitch({ prompt, to, label }: { prompt: string; to: string; label: string }) {
  return (
    <>
      {prompt}{' '}
      <Anchor component={Link} to={to} fw={500}>
        {label}
      </Anchor>
    </>
  );
}
