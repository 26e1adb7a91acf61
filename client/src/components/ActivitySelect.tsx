import { NativeSelect, type NativeSelectProps } from '@mantine/core';
import { formatHours } from '@/lib/format';

interface WeekActivity {
  id: string;
  name: string;
  hoursPerWeek: number;
}

/** An activity of the week, each named with its hours; `none` names the empty choice. */
export function ActivitySelect({
  activities,
  none,
  ...props
}: Omit<NativeSelectProps, 'data'> & { activities: readonly WeekActivity[]; none: string }) {
  return (
    <NativeSelect
      data={[
        { value: '', label: none },
        ...activities.map((a) => ({ value: a.id, label: `${a.name} (${formatHours(a.hoursPerWeek)})` })),
      ]}
      {...props}
    />
  );
}
