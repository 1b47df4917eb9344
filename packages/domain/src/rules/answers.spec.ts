import { describe, expect, it } from '@jest/globals';
import { type DomainError } from '../common/errors.js';
import type { AnswerValue, CustomQuestion } from '../registrations/registration.js';
import { assertAnswersFit } from './answers.js';

const questions: CustomQuestion[] = [
  {
    key: 'konzept',
    type: 'single_choice',
    label: 'Klimaschutzkonzept?',
    helpText: null,
    required: true,
    options: ['Ja', 'Nein'],
  },
  {
    key: 'themen',
    type: 'multiple_choice',
    label: 'Themen',
    helpText: null,
    required: false,
    options: ['Hitze', 'Starkregen'],
  },
  { key: 'notiz', type: 'long_text', label: 'Notiz', helpText: null, required: false, options: [] },
  { key: 'foto', type: 'checkbox', label: 'Fotos ok', helpText: null, required: true, options: [] },
];

function codeOf(answers: Record<string, AnswerValue>): string | null {
  try {
    assertAnswersFit(questions, answers);
    return null;
  } catch (error) {
    return (error as DomainError).code;
  }
}

describe('assertAnswersFit', () => {
  it('accepts fitting answers to every question', () => {
    expect(
      codeOf({ konzept: 'Ja', themen: ['Hitze', 'Starkregen'], notiz: 'Hallo', foto: true }),
    ).toBeNull();
  });

  it('accepts leaving optional questions out', () => {
    expect(codeOf({ konzept: 'Nein', foto: true })).toBeNull();
  });

  it('lets staff leave required questions out, but not give answers that do not fit', () => {
    expect(() => assertAnswersFit(questions, {}, { requireAnswers: false })).not.toThrow();
    expect(() => assertAnswersFit(questions, {})).toThrow();
    expect(() =>
      assertAnswersFit(questions, { konzept: 'Vielleicht' }, { requireAnswers: false }),
    ).toThrow('does not fit');
  });

  it.each<[string, Record<string, AnswerValue>, string]>([
    [
      'an unknown key',
      { konzept: 'Ja', foto: true, hobby: 'Segeln' },
      'REGISTRATION.UNKNOWN_QUESTION',
    ],
    ['a missing required answer', { foto: true }, 'REGISTRATION.ANSWER_REQUIRED'],
    ['an empty required text', { konzept: 'Ja', foto: false }, 'REGISTRATION.ANSWER_REQUIRED'],
    ['an option not offered', { konzept: 'Vielleicht', foto: true }, 'REGISTRATION.INVALID_ANSWER'],
    ['a list for a single choice', { konzept: ['Ja'], foto: true }, 'REGISTRATION.INVALID_ANSWER'],
    [
      'a repeated option',
      { konzept: 'Ja', foto: true, themen: ['Hitze', 'Hitze'] },
      'REGISTRATION.INVALID_ANSWER',
    ],
    [
      'text for a checkbox',
      { konzept: 'Ja', foto: 'ja' as AnswerValue },
      'REGISTRATION.INVALID_ANSWER',
    ],
    [
      'a boolean for a text',
      { konzept: 'Ja', foto: true, notiz: true },
      'REGISTRATION.INVALID_ANSWER',
    ],
  ])('refuses %s', (_name, answers, code) => {
    expect(codeOf(answers)).toBe(code);
  });

  it('names the question in the error details', () => {
    expect(() => assertAnswersFit(questions, { foto: true })).toThrow(
      expect.objectContaining({ details: { key: 'konzept' } }) as unknown as Error,
    );
  });
});
