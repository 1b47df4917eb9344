import { describe, expect, it } from 'vitest';
import { de } from '../locales/de';
import { errorsFromIssues, errorsFromProblem, formEntries } from './forms';
import {
  consentsAsked,
  registrationBody,
  registrationErrorTexts,
  registrationProblem,
} from './registration-form';

const questions = [
  {
    key: 'erfahrung',
    type: 'single_choice',
    label: 'Konzept?',
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
    options: ['A', 'B'],
  },
  { key: 'ok', type: 'checkbox', label: 'OK', helpText: null, required: false, options: [] },
] as const;

describe('registration form', () => {
  it('builds the API body from a posted form, consents with their text version', () => {
    const entries = formEntries(
      new URLSearchParams(
        'firstName=+Anna+&lastName=Test&email=a@b.de&salutation=frau&answers.erfahrung=Ja&answers.themen=A&answers.themen=B&consentVersion.privacy=v1&consent.privacy=ja&consentVersion.newsletter=v1&website=',
      ),
    );
    const body = registrationBody(entries, questions as never, 'en');
    expect(body).toMatchObject({
      email: 'a@b.de',
      firstName: 'Anna',
      salutation: 'frau',
      academicTitle: null,
      answers: { erfahrung: 'Ja', themen: ['A', 'B'], ok: false },
      consents: [
        { purpose: 'privacy', granted: true, textVersion: 'v1' },
        { purpose: 'newsletter', granted: false, textVersion: 'v1' },
      ],
      locale: 'en',
    });
  });

  it('gives German messages for the domain validation issues', () => {
    const errors = errorsFromIssues(
      [
        { path: 'firstName', constraints: ['isNotBlank'], messages: [] },
        { path: 'email', constraints: ['isEmail'], messages: [] },
        { path: 'consents', constraints: ['hasGrantedConsent'], messages: [] },
      ],
      registrationErrorTexts(de),
    );
    expect(errors).toEqual({
      firstName: 'Bitte geben Sie Ihren Vornamen ein.',
      email: de.form.invalidEmail,
      'consent.privacy': de.registrationForm.requiredFields['consent.privacy'],
    });
  });

  it('maps API problems to fields or to the whole form', () => {
    expect(
      errorsFromProblem(
        { errors: [{ pointer: 'body.email', messages: ['email must be an email'] }] },
        registrationErrorTexts(de),
      ),
    ).toEqual({ email: de.form.invalidEmail });
    expect(
      errorsFromProblem(
        { errors: [{ pointer: 'request.firstName', messages: ['firstName must not be blank'] }] },
        registrationErrorTexts(de),
      ),
    ).toEqual({ firstName: 'Bitte geben Sie Ihren Vornamen ein.' });
    expect(
      registrationProblem(
        {
          code: 'REGISTRATION.ANSWER_REQUIRED',
          detail: 'The question "erfahrung" must be answered.',
        },
        de,
      ),
    ).toEqual({ errors: { 'answers.erfahrung': 'Bitte beantworten Sie diese Frage.' } });
    expect(registrationProblem({ code: 'REGISTRATION.DEADLINE_PASSED' }, de).message).toMatch(
      /Anmeldeschluss ist vorbei/,
    );
  });
});

describe('consentsAsked', () => {
  it('shows the privacy notice first and then only the consents the event asks for', () => {
    expect(consentsAsked(['photos_recording'])).toEqual(['privacy', 'photos_recording']);
    expect(consentsAsked([])).toEqual(['privacy']);
    expect(consentsAsked(['photos_recording', 'newsletter', 'participant_list'])).toEqual([
      'privacy',
      'newsletter',
      'participant_list',
      'photos_recording',
    ]);
  });
});
