import { Button, type ButtonProps } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * A form's submit button. Pressing it does not take focus from the input first: otherwise
 * that input's blur check can show an error, push the button down, and swallow the click.
 */
export function SubmitButton({ children, ...props }: ButtonProps & { children: ReactNode }) {
  return (
    <Button type="submit" onMouseDown={(event) => event.preventDefault()} {...props}>
      {children}
    </Button>
  );
}
