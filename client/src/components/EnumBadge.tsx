import { Badge, type BadgeProps } from '@mantine/core';
import { COLORS, LABELS, type Tables, type Tinted } from '@/lib/palette';

/** A value of one of the palette's enums as a badge: in its words and its colour. */
export function EnumBadge<Enum extends keyof Tinted>({
  of,
  value,
  ...rest
}: { of: Enum; value: Tinted[Enum] } & BadgeProps) {
  const labels: Tables<string> = LABELS; // without `linkKind`, which no badge shows
  const label: string = labels[of][value];
  const color: string = COLORS[of][value];
  return (
    <Badge variant="light" color={color} radius="sm" {...rest}>
      {label}
    </Badge>
  );
}
