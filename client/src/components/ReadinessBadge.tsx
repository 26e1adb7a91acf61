import type { BadgeProps } from '@mantine/core';
import type { ReadinessStage } from '@fulcrum/shared';
import { LABELS } from '@/lib/palette';
import { EnumBadge } from './EnumBadge';

export const READINESS_LABELS = LABELS.readiness;

/** The derived readiness stage of a plan (§2.1). */
export function ReadinessBadge({ stage, ...rest }: { stage: ReadinessStage } & BadgeProps) {
  return <EnumBadge of="readiness" value={stage} tt="none" fw={600} {...rest} />;
}

/**
 * §4b: every screen that shows plan content says who can see it. An archived plan keeps the
 * manager it had: they and the managers above them see it only while the owner is in their team.
 */
export function planVisibility(ownerName: string, managerName: string, archived = false): string {
  return archived
    ? `Visible to: ${ownerName}, and to ${managerName} and managers above them while ${ownerName} is in their team`
    : `Visible to: ${ownerName}, ${managerName}, and managers above them`;
}
