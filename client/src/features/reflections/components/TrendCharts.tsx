import '@mantine/charts/styles.css';
import { BarChart, LineChart } from '@mantine/charts';
import type { LegendProps } from 'recharts';
import { Card, Grid, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { LEVERAGE_LABELS, Leverage, MODE_LABELS, Mode, quarterOf } from '@fulcrum/shared';
import type { ReactNode } from 'react';
import type { ReflectionPointFragment } from '../api/gql/graphql';
import { formatRatio } from '../utils/reflection';

/** "2026-Q4 (now)" for the live quarter: it is computed from the plan as it is today. */
function quarterName(quarter: string, current: string): string {
  return quarter === current ? `${quarter} (now)` : quarter;
}

type Row = Record<string, string | number>;

// Mantine 9's charts read `legendProps.verticalAlign` to style their own legend (the padding
// on the chart's side); recharts' replacement, `position`, is not read by Mantine and places
// the legend differently. Until Mantine reads `position`, this keeps the legends as they are.
const LEGEND_BELOW: Omit<LegendProps, 'ref'> = {
  // eslint-disable-next-line @typescript-eslint/no-deprecated -- Mantine styles its legend from it, see above.
  verticalAlign: 'bottom',
};

/** One sentence on how doing and multiplying moved, for the table and screen readers. */
function trendSummary(trend: readonly ReflectionPointFragment[]): string {
  const first = trend.at(0);
  const last = trend.at(-1);
  return first && last && first !== last
    ? `Doing went from ${first.doingHours} h to ${last.doingHours} h a week and multiplying from ${first.multiplyingHours} h to ${last.multiplyingHours} h between ${first.quarter} and ${last.quarter}.`
    : 'One quarter so far: the trend grows as reflections freeze their quarter.';
}

/** Round hour axes with room for the longest week. */
function hourAxisFor(trend: readonly ReflectionPointFragment[]) {
  const longest = Math.max(10, ...trend.map((p) => p.doingHours + p.multiplyingHours));
  const top = Math.ceil(longest / 10) * 10;
  return {
    width: 40,
    domain: [0, top],
    ticks: Array.from({ length: top / 10 + 1 }, (_, i) => i * 10),
    allowDecimals: false,
  };
}

/**
 * The phase change over the quarters: doing hours going down and multiplying hours going up,
 * the leverage classes, and what moved (gaps closed, delegations owned).
 */
export function TrendCharts({ trend }: { trend: readonly ReflectionPointFragment[] }) {
  const current = quarterOf(new Date());
  const data: Row[] = trend.map((p) => ({
    quarter: quarterName(p.quarter, current),
    [Mode.DOING]: p.doingHours,
    [Mode.MULTIPLYING]: p.multiplyingHours,
    [Leverage.HIGH]: p.highLeverageHours,
    [Leverage.NEUTRAL]: p.neutralHours,
    [Leverage.OVERHEAD]: p.overheadHours,
    gapsClosed: p.gapsClosed,
    delegationsOwned: p.delegationsOwned,
  }));
  const summary = trendSummary(trend);

  return (
    <Stack gap="md">
      <HourCharts data={data} trend={trend} summary={summary} />
      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 4 }}>
          <ChartCard title="What moved" hint="Gaps closed and delegations owned, per quarter.">
            <BarChart
              h={200}
              data={data}
              dataKey="quarter"
              series={[
                { name: 'gapsClosed', label: 'Gaps closed', color: 'grape.6' },
                { name: 'delegationsOwned', label: 'Delegations owned', color: 'indigo.6' },
              ]}
              withLegend
              legendProps={LEGEND_BELOW}
              yAxisProps={{ width: 28, allowDecimals: false }}
              maxBarWidth={28}
              role="img"
              aria-label="Gaps closed and delegations owned per quarter."
            />
          </ChartCard>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 8 }}>
          <TrendTable trend={trend} current={current} summary={summary} />
        </Grid.Col>
      </Grid>
    </Stack>
  );
}

/** Doing against multiplying, and the hours by leverage class. */
function HourCharts({
  data,
  trend,
  summary,
}: {
  data: Row[];
  trend: readonly ReflectionPointFragment[];
  summary: string;
}) {
  const hourAxis = hourAxisFor(trend);
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
      <ChartCard
        title="Doing and multiplying, hours a week"
        hint="The phase change: doing goes down, multiplying goes up."
      >
        <LineChart
          h={220}
          data={data}
          dataKey="quarter"
          series={[
            { name: Mode.DOING, label: MODE_LABELS[Mode.DOING], color: 'blue.6' },
            { name: Mode.MULTIPLYING, label: MODE_LABELS[Mode.MULTIPLYING], color: 'teal.6' },
          ]}
          curveType="linear"
          withLegend
          legendProps={LEGEND_BELOW}
          valueFormatter={(v) => `${v} h`}
          yAxisProps={hourAxis}
          role="img"
          aria-label={`Doing and multiplying hours per quarter. ${summary}`}
        />
      </ChartCard>
      <ChartCard
        title="By leverage, hours a week"
        hint="Best work on high leverage, good work on neutral, just get overhead done."
      >
        <BarChart
          h={220}
          data={data}
          dataKey="quarter"
          type="stacked"
          series={[
            { name: Leverage.HIGH, label: LEVERAGE_LABELS[Leverage.HIGH], color: 'teal.6' },
            { name: Leverage.NEUTRAL, label: LEVERAGE_LABELS[Leverage.NEUTRAL], color: 'gray.5' },
            {
              name: Leverage.OVERHEAD,
              label: LEVERAGE_LABELS[Leverage.OVERHEAD],
              color: 'orange.5',
            },
          ]}
          withLegend
          legendProps={LEGEND_BELOW}
          valueFormatter={(v) => `${v} h`}
          yAxisProps={hourAxis}
          maxBarWidth={42}
          role="img"
          aria-label="Hours by leverage class per quarter."
        />
      </ChartCard>
    </SimpleGrid>
  );
}

/** Every quarter's numbers, the live one in bold. */
function TrendTable({
  trend,
  current,
  summary,
}: {
  trend: readonly ReflectionPointFragment[];
  current: string;
  summary: string;
}) {
  return (
    <Card withBorder padding={0} h="100%">
      <Table.ScrollContainer minWidth={480} type="native">
        <Table verticalSpacing={6} horizontalSpacing="xs" fz="sm" data-testid="trend-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Quarter</Table.Th>
              <Table.Th ta="right">Doing</Table.Th>
              <Table.Th ta="right">Multiplying</Table.Th>
              <Table.Th ta="right">High lev.</Table.Th>
              <Table.Th ta="right" title="Gaps closed">
                Gaps
              </Table.Th>
              <Table.Th ta="right" title="Delegations owned">
                Owned
              </Table.Th>
              <Table.Th
                ta="right"
                title="Leverage ratio: invest x coaching hours, get y > x hours of work done by others"
              >
                Ratio
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {trend.map((p) => (
              <Table.Tr key={p.quarter} fw={p.quarter === current ? 600 : undefined}>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{quarterName(p.quarter, current)}</Table.Td>
                <Table.Td ta="right">{p.doingHours} h</Table.Td>
                <Table.Td ta="right">{p.multiplyingHours} h</Table.Td>
                <Table.Td ta="right">{p.highLeverageHours} h</Table.Td>
                <Table.Td ta="right">{p.gapsClosed}</Table.Td>
                <Table.Td ta="right">{p.delegationsOwned}</Table.Td>
                <Table.Td ta="right">{formatRatio(p.leverageRatio)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Text size="xs" c="dimmed" p="sm" pt={4}>
        {summary} Past quarters are the snapshots frozen by their reflection; "(now)" is computed live.
      </Text>
    </Card>
  );
}

function ChartCard({ title, hint, children }: { title: string; hint: string; children: ReactNode }) {
  return (
    <Card withBorder padding="md" h="100%">
      <Text fw={600} size="sm">
        {title}
      </Text>
      <Text size="xs" c="dimmed" mb="xs">
        {hint}
      </Text>
      {children}
    </Card>
  );
}
