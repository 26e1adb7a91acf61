import { Badge, type BadgeProps, type ElementProps } from '@mantine/core';

/** A small label as the app draws them: light, square-cornered, in the case it is written in. */
export function Tag(props: BadgeProps & ElementProps<'div', keyof BadgeProps>) {
  return <Badge variant="light" radius="sm" tt="none" {...props} />;
}
