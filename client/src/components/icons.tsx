import type { SVGProps } from 'react';

// A handful of outline icons (Tabler-style strokes) drawn inline, so the client does not
// need an icon package for the few it uses. Each icon is its list of shapes on a 24×24 grid.
type IconProps = SVGProps<SVGSVGElement> & { size?: number };

/** A path's `d`, or a circle or a rounded rectangle. */
type Shape = string | { circle: { cx: number; cy: number; r: number } } | { rect: SVGProps<SVGRectElement> };

const circle = (cx: number, cy: number, r: number): Shape => ({ circle: { cx, cy, r } });
const rect = (x: number, y: number, width: number, height: number, rx: number): Shape => ({
  rect: { x, y, width, height, rx },
});

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

function drawShape(shape: Shape, index: number) {
  if (typeof shape === 'string') return <path key={index} d={shape} />;
  if ('circle' in shape) return <circle key={index} {...shape.circle} />;
  return <rect key={index} {...shape.rect} />;
}

/** An icon component that strokes the given shapes. */
function outline(...shapes: Shape[]) {
  return function OutlineIcon(props: IconProps) {
    return <Icon {...props}>{shapes.map(drawShape)}</Icon>;
  };
}

export const IconHome = outline(
  'M5 12H3l9-9 9 9h-2',
  'M5 12v7a2 2 0 0 0 2 2h10a2 2 0 0 0 2-2v-7',
  'M9 21v-6a2 2 0 0 1 2-2h2a2 2 0 0 1 2 2v6',
);
export const IconUsers = outline(
  circle(9, 7, 4),
  'M3 21v-2a4 4 0 0 1 4-4h4a4 4 0 0 1 4 4v2',
  'M16 3.13a4 4 0 0 1 0 7.75',
  'M21 21v-2a4 4 0 0 0-3-3.85',
);
export const IconUserPlus = outline(circle(9, 7, 4), 'M3 21v-2a4 4 0 0 1 4-4h4a4 4 0 0 1 4 4v2', 'M16 11h6M19 8v6');
export const IconChevronRight = outline('M9 6l6 6-6 6');
export const IconSearch = outline(circle(10, 10, 7), 'M21 21l-6-6');
export const IconMail = outline(rect(3, 5, 18, 14, 2), 'M3 7l9 6 9-6');
export const IconCopy = outline(rect(8, 8, 12, 12, 2), 'M16 8V6a2 2 0 0 0-2-2H6a2 2 0 0 0-2 2v8a2 2 0 0 0 2 2h2');
export const IconCheck = outline('M5 12l5 5L20 7');
export const IconLogout = outline(
  'M14 8V6a2 2 0 0 0-2-2H5a2 2 0 0 0-2 2v12a2 2 0 0 0 2 2h7a2 2 0 0 0 2-2v-2',
  'M9 12h12l-3-3M18 15l3-3',
);
export const IconPencil = outline('M4 20h4L18.5 9.5a2.83 2.83 0 0 0-4-4L4 16v4', 'M13.5 6.5l4 4');
export const IconAlert = outline(circle(12, 12, 9), 'M12 8v4M12 16h.01');
export const IconSitemap = outline(
  rect(3, 15, 6, 6, 2),
  rect(15, 15, 6, 6, 2),
  rect(9, 3, 6, 6, 2),
  'M6 15v-1a2 2 0 0 1 2-2h8a2 2 0 0 1 2 2v1M12 9v3',
);
export const IconArrowRight = outline('M5 12h14M13 18l6-6-6-6');
export const IconEye = outline('M2 12s3.5-7 10-7 10 7 10 7-3.5 7-10 7S2 12 2 12z', circle(12, 12, 3));
export const IconPlus = outline('M12 5v14M5 12h14');
export const IconTrash = outline(
  'M4 7h16M10 11v6M14 11v6',
  'M5 7l1 12a2 2 0 0 0 2 2h8a2 2 0 0 0 2-2l1-12',
  'M9 7V4h6v3',
);
export const IconTarget = outline(circle(12, 12, 9), circle(12, 12, 5), circle(12, 12, 1));
export const IconChevronDown = outline('M6 9l6 6 6-6');
export const IconCalendar = outline(rect(4, 5, 16, 16, 2), 'M16 3v4M8 3v4M4 11h16');
export const IconAlertTriangle = outline(
  'M10.24 3.96L2.39 17.5A2 2 0 0 0 4.12 20.5h15.76a2 2 0 0 0 1.73-3L13.76 3.96a2 2 0 0 0-3.52 0z',
  'M12 9v4M12 17h.01',
);
export const IconClock = outline(circle(12, 12, 9), 'M12 7v5l3 3');
export const IconListCheck = outline(
  'M3.5 5.5L5 7l2.5-2.5M3.5 11.5L5 13l2.5-2.5M3.5 17.5L5 19l2.5-2.5',
  'M11 6h9M11 12h9M11 18h9',
);
export const IconInbox = outline(rect(4, 4, 16, 16, 2), 'M4 13h3l3 3h4l3-3h3');
export const IconHandOff = outline('M7 10l5-5 5 5', 'M12 5v10', 'M5 19h14');
export const IconSelector = outline('M8 9l4-4 4 4M16 15l-4 4-4-4');
export const IconSortAscending = outline('M8 14l4-4 4 4');
export const IconSortDescending = outline('M8 10l4 4 4-4');
export const IconArrowsShift = outline('M4 8h13l-3-3M20 16H7l3 3');
export const IconGrip = outline(
  circle(9, 6, 1),
  circle(15, 6, 1),
  circle(9, 12, 1),
  circle(15, 12, 1),
  circle(9, 18, 1),
  circle(15, 18, 1),
);
export const IconLock = outline(rect(5, 11, 14, 10, 2), 'M8 11V7a4 4 0 0 1 8 0v4');
export const IconLink = outline(
  'M9 15l6-6',
  'M11 6l.5-.5a4 4 0 0 1 5.66 5.66L16.5 12',
  'M13 18l-.5.5a4 4 0 0 1-5.66-5.66L7.5 12',
);
export const IconSparkle = outline('M12 3l1.8 5.2L19 10l-5.2 1.8L12 17l-1.8-5.2L5 10l5.2-1.8z');
export const IconRefresh = outline('M20 11a8 8 0 0 0-14.9-4M4 4v4h4', 'M4 13a8 8 0 0 0 14.9 4M20 20v-4h-4');
export const IconDownload = outline('M12 4v11M7 10l5 5 5-5', 'M5 20h14');
export const IconFileText = outline(
  'M14 3H7a2 2 0 0 0-2 2v14a2 2 0 0 0 2 2h10a2 2 0 0 0 2-2V8z',
  'M14 3v5h5M9 13h6M9 17h6',
);

/** Six filled dots: the handle of a card that can be dragged. */
export const IconGripDots = ({ size = 16, ...p }: IconProps) => (
  <Icon size={size} fill="currentColor" stroke="none" {...p}>
    {[5, 12, 19].flatMap((y) => [9, 15].map((x) => <circle key={`${x}-${y}`} cx={x} cy={y} r={1.6} />))}
  </Icon>
);
