import type { SVGProps } from 'react';

// Home's own outline icons (Tabler-style strokes), kept here so they load with Home only.
type IconProps = SVGProps<SVGSVGElement> & { size?: number };

function Icon({ size = 18, children, ...rest }: IconProps) {
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={1.8}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
      {...rest}
    >
      {children}
    </svg>
  );
}

export const IconCalendar = (p: IconProps) => (
  <Icon {...p}>
    <rect x="4" y="5" width="16" height="16" rx="2" />
    <path d="M16 3v4M8 3v4M4 11h16" />
  </Icon>
);

export const IconAlertTriangle = (p: IconProps) => (
  <Icon {...p}>
    <path d="M10.24 3.96L2.39 17.5A2 2 0 0 0 4.12 20.5h15.76a2 2 0 0 0 1.73-3L13.76 3.96a2 2 0 0 0-3.52 0z" />
    <path d="M12 9v4M12 17h.01" />
  </Icon>
);

export const IconClock = (p: IconProps) => (
  <Icon {...p}>
    <circle cx="12" cy="12" r="9" />
    <path d="M12 7v5l3 3" />
  </Icon>
);

export const IconListCheck = (p: IconProps) => (
  <Icon {...p}>
    <path d="M3.5 5.5L5 7l2.5-2.5M3.5 11.5L5 13l2.5-2.5M3.5 17.5L5 19l2.5-2.5" />
    <path d="M11 6h9M11 12h9M11 18h9" />
  </Icon>
);

export const IconInbox = (p: IconProps) => (
  <Icon {...p}>
    <rect x="4" y="4" width="16" height="16" rx="2" />
    <path d="M4 13h3l3 3h4l3-3h3" />
  </Icon>
);

export const IconHandOff = (p: IconProps) => (
  <Icon {...p}>
    <path d="M7 10l5-5 5 5" />
    <path d="M12 5v10" />
    <path d="M5 19h14" />
  </Icon>
);

export const IconSelector = (p: IconProps) => (
  <Icon {...p}>
    <path d="M8 9l4-4 4 4M16 15l-4 4-4-4" />
  </Icon>
);

export const IconSortAscending = (p: IconProps) => (
  <Icon {...p}>
    <path d="M8 14l4-4 4 4" />
  </Icon>
);

export const IconSortDescending = (p: IconProps) => (
  <Icon {...p}>
    <path d="M8 10l4 4 4-4" />
  </Icon>
);

export const IconArrowsShift = (p: IconProps) => (
  <Icon {...p}>
    <path d="M4 8h13l-3-3M20 16H7l3 3" />
  </Icon>
);
