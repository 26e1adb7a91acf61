import { Badge, type BadgeProps } from '@mantine/core';
import { LEVEL_LABELS, TRACK_LABELS, type Level, type Track } from '@fulcrum/shared';
import { EnumBadge } from './EnumBadge';

export function levelLabel(level: Level): string {
  return LEVEL_LABELS[level];
}

export function trackLabel(track: Track): string {
  return TRACK_LABELS[track];
}

export function LevelBadge({ level, ...rest }: { level: Level } & BadgeProps) {
  return <EnumBadge of="level" value={level} {...rest} />;
}

export function AccountBadge({ hasAccount, ...rest }: { hasAccount: boolean } & BadgeProps) {
  return hasAccount ? (
    <Badge variant="dot" color="green" radius="sm" tt="none" fw={500} {...rest}>
      Has account
    </Badge>
  ) : (
    <Badge variant="outline" color="gray" radius="sm" tt="none" fw={500} {...rest}>
      No account yet
    </Badge>
  );
}

export function RoleBadge({ role, ...rest }: { role: string } & BadgeProps) {
  return (
    <Badge
      variant={role === 'ADMIN' ? 'filled' : 'light'}
      color={role === 'ADMIN' ? 'indigo' : 'gray'}
      radius="sm"
      {...rest}
    >
      {role === 'ADMIN' ? 'Admin' : 'Member'}
    </Badge>
  );
}
