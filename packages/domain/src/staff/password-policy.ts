import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from './staff.js';

/** Why a new staff password is refused, or null when it is acceptable. */
export type PasswordProblem = 'too_short' | 'too_long' | 'contains_email' | 'too_simple' | null;

/**
 * Checks a new staff password: long enough, not the e-mail address, not one character or an
 * obvious sequence repeated. No composition rules (they lead to predictable passwords).
 */
export function passwordProblem(password: string, email: string): PasswordProblem {
  const length = [...password].length;
  if (length < MIN_PASSWORD_LENGTH) return 'too_short';
  if (length > MAX_PASSWORD_LENGTH) return 'too_long';
  const lower = password.toLowerCase();
  const local = email.toLowerCase().split('@')[0] ?? '';
  if (local.length >= 4 && lower.includes(local)) return 'contains_email';
  if (new Set(lower).size <= 3) return 'too_simple';
  const sequences = ['0123456789', 'abcdefghijklmnopqrstuvwxyz', 'qwertzuiopasdfghjklyxcvbnm'];
  if (
    sequences.some(
      (sequence) => sequence.includes(lower) || `${sequence}${sequence}`.includes(lower),
    )
  )
    return 'too_simple';
  return null;
}
