import { Popover, Stack, Text, Tooltip, type PopoverProps, type TooltipProps } from '@mantine/core';
import { cloneElement, useState, type DOMAttributes, type ReactElement, type ReactNode } from 'react';

// A big table holds hundreds of tooltips and popovers; each Mantine one sets up its floating
// machinery when it mounts. These mount it only once someone reaches for it.

type Trigger = ReactElement<DOMAttributes<HTMLElement>>;

/** A tooltip whose Mantine component mounts on the first hover or focus of its target, then opens. */
export function LazyTooltip({ children, ...props }: Omit<TooltipProps, 'children'> & { children: Trigger }) {
  const [armed, setArmed] = useState(false);
  if (!armed)
    return cloneElement(children, {
      onPointerEnter: () => setArmed(true),
      onFocus: () => setArmed(true),
    });
  return (
    <Tooltip defaultOpened {...props}>
      {children}
    </Tooltip>
  );
}

/** A popover whose Mantine component mounts on the first click of its target, already open. */
export function LazyPopover({
  target,
  children,
  dropdownProps,
  ...props
}: Omit<PopoverProps, 'children' | 'opened' | 'onChange'> & {
  target: Trigger;
  children: ReactNode;
  dropdownProps?: Record<string, unknown>;
}) {
  const [opened, setOpened] = useState(false);
  const [armed, setArmed] = useState(false);
  if (!armed) {
    return cloneElement(target, {
      onClick: () => {
        setArmed(true);
        setOpened(true);
      },
    });
  }
  return (
    <Popover opened={opened} onChange={setOpened} {...props}>
      <Popover.Target>{target}</Popover.Target>
      <Popover.Dropdown {...dropdownProps}>{children}</Popover.Dropdown>
    </Popover>
  );
}

/** A table cell's popover: a small heading over its lines, from the cell's left edge. */
export function CellPopover({
  width,
  testId,
  title,
  target,
  children,
}: {
  width: number;
  testId: string;
  title: string;
  target: Trigger;
  children: ReactNode;
}) {
  return (
    <LazyPopover
      width={width}
      position="bottom-start"
      withArrow
      shadow="md"
      trapFocus
      dropdownProps={{ 'data-testid': testId }}
      target={target}
    >
      <Stack gap={6}>
        <Text size="xs" fw={700} tt="uppercase" c="dimmed">
          {title}
        </Text>
        {children}
      </Stack>
    </LazyPopover>
  );
}
