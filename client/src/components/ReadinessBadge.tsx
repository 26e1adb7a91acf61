import { Badge, type BadgeProps } from '@mantine/core';
import { ReadinessStage } from '@fulcrum/shared';

export const READINESS_LABELS: Record<ReadinessStage, string> = {
  [ReadinessStage.FOCUS_ON_SENIOR_SCOPE]: 'Keep growing as a Senior',
  [ReadinessStage.BUILDING_SIGNALS]: 'Building signals',
  [ReadinessStage.READY_FOR_CHANGE]: 'Ready for change',
};

const READINESS_COLORS: Record<ReadinessStage, string> = {
  [ReadinessStage.FOCUS_ON_SENIOR_SCOPE]: 'orange',
  [ReadinessStage.BUILDING_SIGNALS]: 'blue',
  [ReadinessStage.READY_FOR_CHANGE]: 'teal',
};

export function readinessLabel(stage: ReadinessStage): string {
  return READINESS_LABELS[stage];
}

export function readinessColor(stage: ReadinessStage): string {
  return READINESS_COLORS[stage];
}

/** The derived readiness stage of a plan (§2.1). */
export function ReadinessBadge({ stage, ...rest }: { stage: ReadinessStage } & BadgeProps) {
  return (
    <Badge variant="light" color={readinessColor(stage)} radius="sm" tt="none" fw={600} {...rest}>
      {readinessLabel(stage)}
    </Badge>
  );
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
