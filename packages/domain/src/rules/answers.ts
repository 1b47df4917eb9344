import { DomainError } from '../common/errors.js';
import {
  type AnswerValue,
  type CustomQuestion,
  QuestionType,
} from '../registrations/registration.js';
import { RegistrationErrorCode } from './error-codes.js';

function isEmpty(answer: AnswerValue | undefined): boolean {
  if (answer === undefined || answer === false) return true;
  if (typeof answer === 'string') return answer.trim() === '';
  return Array.isArray(answer) && answer.length === 0;
}

function fits(question: CustomQuestion, answer: AnswerValue): boolean {
  switch (question.type) {
    case QuestionType.Text:
    case QuestionType.LongText:
      return typeof answer === 'string';
    case QuestionType.SingleChoice:
      return typeof answer === 'string' && question.options.includes(answer);
    case QuestionType.MultipleChoice:
      return (
        Array.isArray(answer) &&
        new Set(answer).size === answer.length &&
        answer.every((option) => question.options.includes(option))
      );
    case QuestionType.Checkbox:
      return typeof answer === 'boolean';
  }
}

/**
 * Checks answers against an event's custom questions: every key must be a question, every answer
 * must fit its type and options, and required questions must be answered (a required checkbox must
 * be ticked). Throws a DomainError with the first problem, naming the question's key.
 * `requireAnswers: false` skips the last check, for staff typing in what a caller told them.
 */
export function assertAnswersFit(
  questions: readonly CustomQuestion[],
  answers: Readonly<Record<string, AnswerValue>>,
  { requireAnswers = true }: { requireAnswers?: boolean } = {},
): void {
  const byKey = new Map(questions.map((question) => [question.key, question]));
  for (const [key, answer] of Object.entries(answers)) {
    const question = byKey.get(key);
    if (!question) {
      throw new DomainError(
        RegistrationErrorCode.UnknownQuestion,
        `There is no question "${key}".`,
        { key },
      );
    }
    if (!fits(question, answer)) {
      throw new DomainError(
        RegistrationErrorCode.InvalidAnswer,
        `The answer to "${key}" does not fit the question.`,
        { key },
      );
    }
  }
  if (!requireAnswers) return;
  for (const question of questions) {
    if (question.required && isEmpty(answers[question.key])) {
      throw new DomainError(
        RegistrationErrorCode.AnswerRequired,
        `The question "${question.key}" must be answered.`,
        {
          key: question.key,
        },
      );
    }
  }
}
