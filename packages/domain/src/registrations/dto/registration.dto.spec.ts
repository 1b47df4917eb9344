import { describe, expect, it } from '@jest/globals';
import { Limits } from '../../common/limits.js';
import { validateInput } from '../../common/validation.js';
import { failing, issues } from '../../../test/validation-helpers.js';
import { CreateRegistrationDto } from './create-registration.dto.js';
import { UpdateRegistrationStatusDto } from './update-registration-status.dto.js';
import { UpdateRegistrationDto } from './update-registration.dto.js';

const privacy = { purpose: 'privacy', granted: true, textVersion: '2024-06' };

const minimal = {
  email: 'anna.beispiel@stadt-osterburg.de',
  firstName: 'Anna',
  lastName: 'Beispiel',
  consents: [privacy],
};

const full = {
  ...minimal,
  salutation: 'frau',
  academicTitle: 'Dr.',
  organisation: 'Hansestadt Osterburg (Altmark)',
  organisationType: 'municipality',
  function: 'Klimaschutzmanagerin',
  bundesland: 'DE-ST',
  questionForSpeakers: 'Wie wurden die Ortsteile bei der Auslosung berücksichtigt?',
  answers: {
    municipality_size: '10.000 bis 20.000',
    interests: ['Klima', 'Beteiligung'],
    newsletter_ok: false,
  },
  consents: [
    privacy,
    { purpose: 'newsletter', granted: false, textVersion: '2024-06' },
    { purpose: 'participant_list', granted: true, textVersion: '2024-06' },
    { purpose: 'photos_recording', granted: false, textVersion: '2024-06' },
  ],
  locale: 'en',
};

const answers = (count: number) =>
  Object.fromEntries(Array.from({ length: count }, (_, i) => [`q${i}`, true]));

describe('CreateRegistrationDto', () => {
  it('accepts the required fields alone and defaults the locale to German', async () => {
    const result = await validateInput(CreateRegistrationDto, minimal);
    expect(result).toEqual({ ok: true, value: expect.objectContaining({ locale: 'de' }) });
  });

  it('accepts every optional field', async () => {
    await expect(issues(CreateRegistrationDto, full)).resolves.toEqual([]);
  });

  it('accepts a salutation of "none" and no salutation at all', async () => {
    await expect(
      issues(CreateRegistrationDto, { ...minimal, salutation: 'none' }),
    ).resolves.toEqual([]);
    await expect(issues(CreateRegistrationDto, { ...minimal, salutation: null })).resolves.toEqual(
      [],
    );
  });

  it(`accepts exactly ${Limits.questionCount} answers`, async () => {
    await expect(
      issues(CreateRegistrationDto, { ...minimal, answers: answers(Limits.questionCount) }),
    ).resolves.toEqual([]);
  });

  it.each<[string, Record<string, unknown>, string, string]>([
    ['a missing e-mail address', { email: undefined }, 'email', 'isEmail'],
    ['a bad e-mail address', { email: 'anna.beispiel@' }, 'email', 'isEmail'],
    [
      'an e-mail address that is too long',
      { email: `${'a'.repeat(250)}@vhw.de` },
      'email',
      'maxLength',
    ],
    ['a blank first name', { firstName: '   ' }, 'firstName', 'isNotBlank'],
    ['a last name that is too long', { lastName: 'x'.repeat(101) }, 'lastName', 'maxLength'],
    ['an unknown salutation', { salutation: 'divers' }, 'salutation', 'isIn'],
    ['a Bundesland by name', { bundesland: 'Sachsen-Anhalt' }, 'bundesland', 'isIn'],
    ['an unknown organisation type', { organisationType: 'ngo' }, 'organisationType', 'isIn'],
    [
      'a question for the speakers that is too long',
      { questionForSpeakers: 'x'.repeat(1_001) },
      'questionForSpeakers',
      'maxLength',
    ],
    ['too many answers', { answers: answers(Limits.questionCount + 1) }, 'answers', 'isAnswerMap'],
    [
      'an answer under a bad key',
      { answers: { 'Ihre Kommune': 'Osterburg' } },
      'answers',
      'isAnswerMap',
    ],
    ['a numeric answer', { answers: { size: 10_000 } }, 'answers', 'isAnswerMap'],
    ['a nested answer', { answers: { size: { min: 1 } } }, 'answers', 'isAnswerMap'],
    ['answers given as a list', { answers: ['Osterburg'] }, 'answers', 'isAnswerMap'],
    ['missing consents', { consents: undefined }, 'consents', 'hasGrantedConsent'],
    [
      'no privacy consent',
      { consents: [{ ...privacy, purpose: 'newsletter' }] },
      'consents',
      'hasGrantedConsent',
    ],
    [
      'a refused privacy consent',
      { consents: [{ ...privacy, granted: false }] },
      'consents',
      'hasGrantedConsent',
    ],
    ['a consent given twice', { consents: [privacy, privacy] }, 'consents', 'isUniqueBy'],
    [
      'a consent without text version',
      { consents: [{ purpose: 'privacy', granted: true }] },
      'consents.0.textVersion',
      'isString',
    ],
    [
      'a consent "yes" as text',
      { consents: [{ ...privacy, granted: 'yes' }] },
      'consents.0.granted',
      'isBoolean',
    ],
    [
      'an unknown consent purpose',
      { consents: [privacy, { ...privacy, purpose: 'marketing' }] },
      'consents.1.purpose',
      'isIn',
    ],
    ['an unknown locale', { locale: 'fr' }, 'locale', 'isIn'],
    ['a status chosen by the registrant', { status: 'confirmed' }, 'status', 'whitelistValidation'],
  ])('refuses %s', async (_, change, path, constraint) => {
    await expect(issues(CreateRegistrationDto, { ...minimal, ...change })).resolves.toEqual(
      failing(path, constraint),
    );
  });
});

describe('UpdateRegistrationDto', () => {
  it('accepts a changed function alone without resetting the locale', async () => {
    const result = await validateInput(UpdateRegistrationDto, { function: 'Bauamtsleiterin' });
    expect(result).toEqual({ ok: true, value: expect.any(UpdateRegistrationDto) });
    expect(result.ok && Object.keys(result.value)).toEqual(['function']);
  });

  it.each<[string, Record<string, unknown>, string, string]>([
    ['a new e-mail address', { email: 'neu@example.org' }, 'email', 'whitelistValidation'],
    ['clearing the first name', { firstName: null }, 'firstName', 'isString'],
    ['a bad answer', { answers: { size: 1 } }, 'answers', 'isAnswerMap'],
  ])('refuses %s', async (_, plain, path, constraint) => {
    await expect(issues(UpdateRegistrationDto, plain)).resolves.toEqual(failing(path, constraint));
  });
});

describe('UpdateRegistrationStatusDto', () => {
  it('accepts a known status', async () => {
    await expect(issues(UpdateRegistrationStatusDto, { status: 'waitlisted' })).resolves.toEqual(
      [],
    );
  });

  it('refuses an unknown status', async () => {
    await expect(issues(UpdateRegistrationStatusDto, { status: 'approved' })).resolves.toEqual(
      failing('status', 'isIn'),
    );
  });
});
