import { describe, expect, it } from '@jest/globals';
import { passwordProblem } from './password-policy.js';

describe('passwordProblem', () => {
  const email = 'jana.beispiel@kommune.example';

  it.each([
    ['Kurz1!', 'too_short'],
    ['x'.repeat(201), 'too_long'],
    ['jana.beispiel-2026', 'contains_email'],
    ['aaaaaaaaaaaaaaa', 'too_simple'],
    ['abababababababab', 'too_simple'],
    ['1234567890123', 'too_simple'],
    ['qwertzuiopasdf', 'too_simple'],
  ])('refuses %s as %s', (password, problem) => {
    expect(passwordProblem(password, email)).toBe(problem);
  });

  it.each(['Kleinstadt-Talk-2026', 'korrekt pferd batterie heftklammer', 'Ü-Wagen fährt 12 Mal'])(
    'accepts %s',
    (password) => {
      expect(passwordProblem(password, email)).toBeNull();
    },
  );
});
