import { enumOf, type ValueOf } from './enumeration';
import { LIMITS } from './limits';

/** What an account may do in its organization. */
export const Role = enumOf('ADMIN', 'MEMBER');
export type Role = ValueOf<typeof Role>;

/** Lower-cases and trims an email so that one mailbox maps to one account. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

// Deliberately simple: one @, a dot in the domain, no spaces. Deliverability is proven by
// the invitation link, not by a regular expression.
const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Returns why an email is not acceptable, or null when it is. */
export function emailProblem(email: string): string | null {
  const normalized = normalizeEmail(email);
  if (normalized.length === 0) return 'Enter an email address.';
  if (normalized.length > LIMITS.emailMax) return `Use at most ${LIMITS.emailMax} characters.`;
  if (!EMAIL_SHAPE.test(normalized)) return 'Enter an email address like name@company.com.';
  return null;
}

/** Returns why a password is not acceptable, or null when it is. */
export function passwordProblem(password: string): string | null {
  // Count characters, not UTF-16 units, so a passphrase with emoji is measured as typed.
  const length = Array.from(password).length;
  if (length < LIMITS.passwordMin) return `Use at least ${LIMITS.passwordMin} characters.`;
  if (length > LIMITS.passwordMax) return `Use at most ${LIMITS.passwordMax} characters.`;
  if (password.trim().length === 0) return 'A password cannot be only spaces.';
  return null;
}

/** Returns why a required text is not acceptable (blank or too long), or null when it is. */
export function requiredTextProblem(text: string, max: number, whenBlank: string): string | null {
  const trimmed = text.trim();
  if (trimmed.length === 0) return whenBlank;
  if (trimmed.length > max) return `Use at most ${max} characters.`;
  return null;
}

/** Returns why a display name is not acceptable, or null when it is. */
export function nameProblem(name: string, max: number = LIMITS.nameMax): string | null {
  return requiredTextProblem(name, max, 'Enter a name.');
}
