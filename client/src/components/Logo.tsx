import { Group, Text } from '@mantine/core';

/** The fulcrum mark: a lever balanced on its pivot. */
export function LogoMark({ size = 28 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <rect width="32" height="32" rx="7" fill="var(--mantine-color-indigo-7)" />
      <path d="M6 23h20" stroke="#fff" strokeWidth="2.5" strokeLinecap="round" />
      <path d="M16 23l-4.5-8h9z" fill="#fff" />
      <path d="M8 12l16-4" stroke="#fff" strokeWidth="2.5" strokeLinecap="round" />
    </svg>
  );
}

export function Logo({ size = 28 }: { size?: number }) {
  return (
    <Group gap={8} wrap="nowrap">
      <LogoMark size={size} />
      <Text fw={700} fz={size * 0.68} lh={1} c="var(--mantine-color-text)">
        Fulcrum
      </Text>
    </Group>
  );
}
