import { describe, expect, it } from '@jest/globals';
import { ProblemException } from './problem.js';
import { SlugPipe } from './slug.pipe.js';

describe('SlugPipe', () => {
  const pipe = new SlugPipe();

  it('passes slugs through', () => {
    expect(pipe.transform('kleinstadt-web-talks-2024')).toBe('kleinstadt-web-talks-2024');
  });

  it.each([
    'Upper',
    'double--hyphen',
    '-leading',
    'trailing-',
    'ümlaut',
    'a'.repeat(121),
    '',
    '../etc',
  ])('refuses %j with a validation problem', (value) => {
    expect(() => pipe.transform(value)).toThrow(ProblemException);
  });
});
