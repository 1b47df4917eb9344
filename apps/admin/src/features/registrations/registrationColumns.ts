import type { RegistrationCounts } from '@stadtgespraech/api-client';
import type { CustomQuestion, RegistrationStatus } from '@stadtgespraech/domain/registrations';
import { t } from '../../i18n';

/** The status tabs above the table; '' shows every registration. */
export const STATUS_TABS: readonly (RegistrationStatus | '')[] = [
  '',
  'confirmed',
  'waitlisted',
  'awaiting_approval',
  'pending_confirmation',
  'cancelled',
  'rejected',
];

const COUNT_OF: Partial<Record<RegistrationStatus, keyof RegistrationCounts>> = {
  confirmed: 'confirmed',
  waitlisted: 'waitlisted',
  awaiting_approval: 'awaitingApproval',
  pending_confirmation: 'pendingConfirmation',
  cancelled: 'cancelled',
  rejected: 'rejected',
};

/** How many registrations a status tab holds ('' is all of them). */
export function statusCount(counts: RegistrationCounts, status: RegistrationStatus | ''): number {
  if (status === '') return Object.values(COUNT_OF).reduce((sum, key) => sum + counts[key], 0);
  const key = COUNT_OF[status];
  return key ? counts[key] : 0;
}

export interface AnswerFilterGroup {
  key: string;
  label: string;
  options: { value: string; label: string }[];
}

/** The answers one can filter by: each option of a choice question, yes/no of a checkbox. */
export function answerFilterOptions(questions: readonly CustomQuestion[]): AnswerFilterGroup[] {
  return questions.flatMap((question) => {
    const options =
      question.type === 'checkbox'
        ? [
            { value: `${question.key}:true`, label: t('common.yes') },
            { value: `${question.key}:false`, label: t('common.no') },
          ]
        : question.type === 'single_choice' || question.type === 'multiple_choice'
          ? question.options.map((option) => ({
              value: `${question.key}:${option}`,
              label: option,
            }))
          : [];
    return options.length > 0 ? [{ key: question.key, label: question.label, options }] : [];
  });
}
