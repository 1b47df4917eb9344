import { describe, expect, it } from 'vitest';
import { answerFilterOptions, statusCount } from './registrationColumns';

const counts = {
  pendingConfirmation: 1,
  confirmed: 10,
  waitlisted: 3,
  awaitingApproval: 2,
  cancelled: 4,
  rejected: 1,
  attended: 7,
};

describe('registration table helpers', () => {
  it('counts a status tab, and all of them without the attendance', () => {
    expect(statusCount(counts, 'waitlisted')).toBe(3);
    expect(statusCount(counts, 'awaiting_approval')).toBe(2);
    expect(statusCount(counts, '')).toBe(21);
    expect(statusCount(counts, 'expired')).toBe(0);
  });

  it('offers the options of choice questions and yes/no of checkboxes, nothing for text', () => {
    const groups = answerFilterOptions([
      {
        key: 'essen',
        type: 'single_choice',
        label: 'Essen',
        helpText: null,
        required: true,
        options: ['vegan', 'alles'],
      },
      { key: 'notiz', type: 'text', label: 'Notiz', helpText: null, required: false, options: [] },
      {
        key: 'foto',
        type: 'checkbox',
        label: 'Fotos',
        helpText: null,
        required: false,
        options: [],
      },
    ]);
    expect(groups).toEqual([
      {
        key: 'essen',
        label: 'Essen',
        options: [
          { value: 'essen:vegan', label: 'vegan' },
          { value: 'essen:alles', label: 'alles' },
        ],
      },
      {
        key: 'foto',
        label: 'Fotos',
        options: [
          { value: 'foto:true', label: 'ja' },
          { value: 'foto:false', label: 'nein' },
        ],
      },
    ]);
  });
});
