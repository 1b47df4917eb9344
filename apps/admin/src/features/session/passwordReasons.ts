import type { MessageKey } from '../../i18n';

/** The German text for each reason `passwordProblem` gives for refusing a new password. */
export const PASSWORD_REASONS: Record<string, MessageKey> = {
  too_short: 'password.weak.too_short',
  too_long: 'password.weak.too_long',
  contains_email: 'password.weak.contains_email',
  too_simple: 'password.weak.too_simple',
};
