import '@mantine/charts/styles.css';
import { BarChart } from '@mantine/charts';
import { LEVERAGE_LABELS, Leverage, MODE_LABELS, Mode, type HoursBy } from '@fulcrum/shared';
import { formatHours } from '@/lib/format';

export type WeekBreakdown = 'mode' | 'leverage';

const SERIES: Record<WeekBreakdown, { name: string; label: string; color: string }[]> = {
  mode: [
    { name: Mode.DOING, label: MODE_LABELS[Mode.DOING], color: 'blue.6' },
    { name: Mode.MULTIPLYING, label: MODE_LABELS[Mode.MULTIPLYING], color: 'teal.6' },
  ],
  leverage: [
    { name: Leverage.HIGH, label: LEVERAGE_LABELS[Leverage.HIGH], color: 'teal.6' },
    { name: Leverage.NEUTRAL, label: LEVERAGE_LABELS[Leverage.NEUTRAL], color: 'gray.5' },
    { name: Leverage.OVERHEAD, label: LEVERAGE_LABELS[Leverage.OVERHEAD], color: 'orange.5' },
  ],
};

export interface WeekRow {
  /** "Today", "Projected", "With this goal". */
  label: string;
  shape: { totalHours: number; byMode: readonly HoursBy[]; byLeverage: readonly HoursBy[] };
}

interface WeekBarsProps {
  rows: readonly WeekRow[];
  budgetHours: number;
  by: WeekBreakdown;
  /** Height of the chart in px; about 44 per row plus the axis and legend. */
  height?: number;
  withLegend?: boolean;
}

/**
 * The week as stacked horizontal bars, one per row (today, projected…), split by mode or by
 * leverage, with the budget as a red line.
 */
export function WeekBars({ rows, budgetHours, by, height, withLegend = true }: WeekBarsProps) {
  const data = rows.map(({ label, shape }) => {
    const parts = by === 'mode' ? shape.byMode : shape.byLeverage;
    return { row: label, ...Object.fromEntries(parts.map((p) => [p.key, p.hours])) };
  });
  const longest = Math.max(budgetHours, ...rows.map((r) => r.shape.totalHours));
  // Round ticks, with a little room past the budget line so an overflow stays readable.
  const step = longest <= 12 ? 2 : longest <= 30 ? 5 : longest <= 60 ? 10 : 20;
  const max = Math.ceil((longest * 1.05) / step) * step;
  const ticks = Array.from({ length: max / step + 1 }, (_, i) => i * step);
  const summary = rows
    .map((r) => `${r.label}: ${formatHours(r.shape.totalHours)} of ${formatHours(budgetHours)}`)
    .join('; ');

  return (
    <BarChart
      h={height ?? rows.length * 44 + (withLegend ? 72 : 40)}
      data={data}
      dataKey="row"
      orientation="vertical"
      type="stacked"
      series={SERIES[by]}
      withLegend={withLegend}
      // Mantine's BarChart reads `legendProps.verticalAlign` to place and style its own legend
      // (ChartLegend's position); recharts' newer `position` would move the box but leave
      // Mantine's legend styled for the top, so the Mantine-documented prop stays.
      // eslint-disable-next-line @typescript-eslint/no-deprecated
      legendProps={{ verticalAlign: 'bottom' }}
      valueFormatter={(value) => formatHours(value)}
      xAxisProps={{ domain: [0, max], ticks, allowDecimals: false }}
      yAxisProps={{ width: 92 }}
      gridAxis="x"
      maxBarWidth={30}
      // Room above the bars for the budget line's label.
      barChartProps={{ margin: { top: 18, right: 12 } }}
      referenceLines={[
        {
          x: budgetHours,
          color: 'red.6',
          label: `Budget ${formatHours(budgetHours)}`,
          labelPosition: 'top',
          strokeWidth: 2,
        },
      ]}
      role="img"
      aria-label={`The week by ${by}. ${summary}.`}
    />
  );
}
