// Shared by the DTO specs: the issues of an input, and a matcher for one failing constraint.
import { expect } from '@jest/globals';
import { validateInput, type ValidationIssue } from '../src/common/validation.js';

export async function issues(dto: new () => object, plain: unknown): Promise<ValidationIssue[]> {
  const result = await validateInput(dto, plain);
  return result.ok ? [] : result.errors;
}

export const failing = (path: string, constraint: string): unknown =>
  expect.arrayContaining([
    expect.objectContaining({ path, constraints: expect.arrayContaining([constraint]) }),
  ]);
