import { roundHours } from '@fulcrum/shared';

/** `41 h`, `2.5 h`: hours as the server's messages write them. */
export function formatHours(hours: number): string {
  return `${roundHours(hours)} h`;
}

/** A signed change: `+4 h`, `−3 h`, `±0 h`. */
export function formatSignedHours(hours: number): string {
  const rounded = roundHours(hours);
  if (rounded === 0) return '±0 h';
  return rounded > 0 ? `+${rounded} h` : `−${Math.abs(rounded)} h`;
}

/** `Sam` of `Sam Okafor`: how the product addresses people in sentences. */
export function firstName(name: string): string {
  return name.split(/\s+/)[0] || name;
}
