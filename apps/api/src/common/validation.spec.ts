import type { ValidationError } from '@nestjs/common';
import { describe, expect, it } from '@jest/globals';
import { flattenValidationErrors } from './validation.js';

describe('flattenValidationErrors', () => {
  it('turns nested errors into pointers with array indices', () => {
    const errors: ValidationError[] = [
      { property: 'title', constraints: { maxLength: 'title is too long' }, children: [] },
      {
        property: 'agenda',
        children: [
          {
            property: '0',
            children: [
              { property: 'kind', constraints: { isIn: 'kind must be one of …' }, children: [] },
            ],
          },
        ],
      },
    ];
    expect(flattenValidationErrors(errors, 'body')).toEqual([
      { pointer: 'body.title', messages: ['title is too long'] },
      { pointer: 'body.agenda[0].kind', messages: ['kind must be one of …'] },
    ]);
  });
});
