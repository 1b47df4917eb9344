import { describe, expect, it } from '@jest/globals';
import { Limits } from '../../common/limits.js';
import { validateInput } from '../../common/validation.js';
import { failing, issues } from '../../../test/validation-helpers.js';
import { CreateRegistrationDto } from './create-registration.dto.js';
import { AddRegistrationDto } from './add-registration.dto.js';
import { SetAttendanceDto } from './attendance.dto.js';
import { EditRegistrationDto } from './edit-registration.dto.js';
import { SpeakerQuestionsQueryDto } from './speaker-questions-query.dto.js';
import { ComposeMailingDto } from './compose-mailing.dto.js';
import { ChangeRegistrationStatusDto } from './change-registration-status.dto.js';
import { ExportRegistrationsQueryDto } from './export-registrations-query.dto.js';
import { StaffRegistrationListQueryDto } from './staff-registration-list-query.dto.js';
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

describe('ChangeRegistrationStatusDto', () => {
  it('accepts a status staff may set and tells the registrant by default', async () => {
    const result = await validateInput(ChangeRegistrationStatusDto, { status: 'waitlisted' });
    expect(result.ok && result.value).toMatchObject({
      status: 'waitlisted',
      notify: true,
      overbook: false,
    });
  });

  it.each([
    ['an unknown status', { status: 'approved' }, 'status', 'isIn'],
    ['a status only the registrant reaches', { status: 'pending_confirmation' }, 'status', 'isIn'],
    ['expiry', { status: 'expired' }, 'status', 'isIn'],
    ['a notify flag as text', { status: 'cancelled', notify: 'yes' }, 'notify', 'isBoolean'],
    [
      'an overlong message',
      { status: 'cancelled', message: 'x'.repeat(Limits.summary + 1) },
      'message',
      'maxLength',
    ],
  ])('refuses %s', async (_, plain, path, constraint) => {
    await expect(issues(ChangeRegistrationStatusDto, plain)).resolves.toEqual(
      failing(path, constraint),
    );
  });
});

describe('AddRegistrationDto', () => {
  const person = { email: 'a@example.org', firstName: 'Ana', lastName: 'Berg' };

  it('needs no consents (staff vouch for the address) and lets the seats decide', async () => {
    const result = await validateInput(AddRegistrationDto, person);
    expect(result.ok && result.value).toMatchObject({ ...person, notify: true, overbook: false });
    expect(result.ok && result.value.status).toBeUndefined();
  });

  it.each([
    ['a missing address', { ...person, email: undefined }, 'email', 'isEmail'],
    [
      'a status other than seat or waiting list',
      { ...person, status: 'rejected' },
      'status',
      'isIn',
    ],
    ['a blank last name', { ...person, lastName: ' ' }, 'lastName', 'isNotBlank'],
  ])('refuses %s', async (_, plain, path, constraint) => {
    await expect(issues(AddRegistrationDto, plain)).resolves.toEqual(failing(path, constraint));
  });
});

describe('StaffRegistrationListQueryDto', () => {
  it('converts the limit and defaults to the newest registrations first', async () => {
    const result = await validateInput(StaffRegistrationListQueryDto, { limit: '20' });
    expect(result.ok && result.value).toMatchObject({
      limit: 20,
      sort: 'registered',
      direction: 'desc',
    });
  });

  it('accepts an answer filter on a question key', async () => {
    await expect(
      issues(StaffRegistrationListQueryDto, { answer: 'diet:vegetarisch: ohne Nüsse' }),
    ).resolves.toEqual([]);
  });

  it.each([
    ['an answer filter without a key', { answer: 'vegetarisch' }, 'answer', 'matches'],
    ['an answer filter with a bad key', { answer: 'Diät:ja' }, 'answer', 'matches'],
    ['a page too large', { limit: '201' }, 'limit', 'max'],
    ['an unknown order', { sort: 'email' }, 'sort', 'isIn'],
    ['an unknown attendance filter', { attended: 'true' }, 'attended', 'isIn'],
  ])('refuses %s', async (_, plain, path, constraint) => {
    await expect(issues(StaffRegistrationListQueryDto, plain)).resolves.toEqual(
      failing(path, constraint),
    );
  });
});

describe('SetAttendanceDto', () => {
  it('needs true or false', async () => {
    await expect(issues(SetAttendanceDto, { attended: true })).resolves.toEqual([]);
    await expect(issues(SetAttendanceDto, { attended: 'yes' })).resolves.toEqual(
      failing('attended', 'isBoolean'),
    );
  });
});

describe('EditRegistrationDto', () => {
  it('takes any single field, keeps no defaults, and checks what is given', async () => {
    const result = await validateInput(EditRegistrationDto, { lastName: 'Müller' });
    expect(result.ok && result.value).toEqual({ lastName: 'Müller' });
    await expect(issues(EditRegistrationDto, { email: 'not-an-address' })).resolves.toEqual(
      failing('email', 'isEmail'),
    );
    await expect(issues(EditRegistrationDto, { firstName: null })).resolves.toEqual(
      failing('firstName', 'isString'),
    );
    await expect(issues(EditRegistrationDto, { organisation: null })).resolves.toEqual([]);
  });
});

describe('SpeakerQuestionsQueryDto', () => {
  it('takes names=true or false and nothing else', async () => {
    await expect(issues(SpeakerQuestionsQueryDto, { names: 'true' })).resolves.toEqual([]);
    await expect(issues(SpeakerQuestionsQueryDto, {})).resolves.toEqual([]);
    await expect(issues(SpeakerQuestionsQueryDto, { names: 'yes' })).resolves.toEqual(
      failing('names', 'isIn'),
    );
  });
});

describe('ExportRegistrationsQueryDto', () => {
  it('defaults to CSV and takes chosen fields and answers', async () => {
    const result = await validateInput(ExportRegistrationsQueryDto, {
      columns: 'lastName,firstName,answer.workshop',
      status: 'confirmed',
    });
    expect(result.ok && result.value).toMatchObject({
      format: 'csv',
      columns: 'lastName,firstName,answer.workshop',
      status: 'confirmed',
    });
    const excel = await validateInput(ExportRegistrationsQueryDto, { format: 'xlsx' });
    expect(excel.ok && excel.value.format).toBe('xlsx');
  });

  it.each([
    ['an unknown format', { format: 'pdf' }, 'format', 'isIn'],
    ['the format in capitals', { format: 'XLSX' }, 'format', 'isIn'],
    ['a bad column list', { columns: 'lastName,,email' }, 'columns', 'matches'],
    ['an answer key in capitals', { columns: 'answer.Workshop' }, 'columns', 'matches'],
    ['a bad filter', { bundesland: 'BY' }, 'bundesland', 'isIn'],
  ])('refuses %s', async (_, plain, path, constraint) => {
    await expect(issues(ExportRegistrationsQueryDto, plain)).resolves.toEqual(
      failing(path, constraint),
    );
  });
});

describe('ComposeMailingDto', () => {
  const mail = { subject: 'Folien zu {{veranstaltung}}', body: 'Guten Tag {{ name }},\n\nanbei.' };

  it('takes a text for everyone with no segment, and an English version', async () => {
    const result = await validateInput(ComposeMailingDto, {
      ...mail,
      english: { subject: 'Slides', body: 'Hello {{vorname}}' },
    });
    expect(result.ok && result.value).toMatchObject({ ...mail, segment: {} });
    await expect(
      issues(ComposeMailingDto, { ...mail, segment: { status: 'waitlisted', attended: 'no' } }),
    ).resolves.toEqual([]);
  });

  it.each([
    [
      'an unknown placeholder',
      { ...mail, body: 'Hallo {{vornmae}}' },
      'body',
      'usesKnownPlaceholders',
    ],
    ['a blank subject', { ...mail, subject: '  ' }, 'subject', 'isNotBlank'],
    [
      'a body that is too long',
      { ...mail, body: 'x'.repeat(Limits.mailText + 1) },
      'body',
      'maxLength',
    ],
    [
      'cancelled registrants',
      { ...mail, segment: { status: 'cancelled' } },
      'segment.status',
      'isIn',
    ],
    [
      'unconfirmed addresses',
      { ...mail, segment: { status: 'pending_confirmation' } },
      'segment.status',
      'isIn',
    ],
    [
      'an English text without body',
      { ...mail, english: { subject: 'Slides' } },
      'english.body',
      'isString',
    ],
    [
      'an English placeholder typo',
      { ...mail, english: { subject: '{{nme}}', body: 'x' } },
      'english.subject',
      'usesKnownPlaceholders',
    ],
  ])('refuses %s', async (_, plain, path, constraint) => {
    await expect(issues(ComposeMailingDto, plain)).resolves.toEqual(failing(path, constraint));
  });

  it('names the unknown placeholder in its message', async () => {
    const [issue] = await issues(ComposeMailingDto, { ...mail, subject: '{{vornmae}} {{name}}' });
    expect(issue?.messages).toEqual(['subject uses unknown placeholders: {{vornmae}}']);
  });
});
