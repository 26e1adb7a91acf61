import { Card, type CardProps, type ElementProps } from '@mantine/core';

/**
 * A bordered card that a link can scroll to: `anchor` is both its id (`#goal-…` in an address)
 * and its test id.
 */
export function AnchoredCard({
  anchor,
  ...props
}: CardProps & ElementProps<'div', keyof CardProps> & { anchor: string }) {
  return <Card withBorder padding="md" id={anchor} data-testid={anchor} {...props} />;
}
