import { describe, expect, it } from '@jest/globals';
import { DomainError } from '../common/errors.js';
import { assertConsentsAsked } from './consents-asked.js';

describe('assertConsentsAsked', () => {
  it('accepts the privacy notice and the consents the event asks for', () => {
    expect(() =>
      assertConsentsAsked(
        ['photos_recording'],
        [{ purpose: 'privacy' }, { purpose: 'photos_recording' }],
      ),
    ).not.toThrow();
    expect(() => assertConsentsAsked([], [{ purpose: 'privacy' }])).not.toThrow();
  });

  it('refuses a consent the form never showed, naming it', () => {
    let error: unknown;
    try {
      assertConsentsAsked(
        ['newsletter'],
        [{ purpose: 'privacy' }, { purpose: 'photos_recording' }],
      );
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({
      code: 'REGISTRATION.CONSENT_NOT_ASKED',
      details: { purposes: ['photos_recording'] },
    });
  });
});
