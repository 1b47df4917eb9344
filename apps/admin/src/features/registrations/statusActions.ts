import type { RegistrationStatus } from '@stadtgespraech/domain/registrations';
import type { StaffSettableStatus } from '@stadtgespraech/domain/rules';
import { t, type MessageKey } from '../../i18n';

/** One button of the detail page that changes the status, with its dialog's texts. */
export interface StatusAction {
  status: StaffSettableStatus;
  label: string;
  title: string;
  text: string;
  danger: boolean;
}

/** The action that gives a seat is named by where the registration comes from. */
function seatKey(from: RegistrationStatus): 'approve' | 'promote' | 'confirm' {
  if (from === 'awaiting_approval') return 'approve';
  return from === 'waitlisted' ? 'promote' : 'confirm';
}

/** The buttons for the statuses the API allows from `from`, in the API's order. */
export function statusActions(
  from: RegistrationStatus,
  allowed: readonly StaffSettableStatus[],
): StatusAction[] {
  return allowed.map((status) => {
    const name = status === 'confirmed' ? seatKey(from) : status;
    const key = (suffix: string) => `registration.action.${name}${suffix}` as MessageKey;
    return {
      status,
      label: t(key('')),
      title: t(key('.title')),
      text: t(key('.text')),
      danger: status === 'cancelled' || status === 'rejected',
    };
  });
}
