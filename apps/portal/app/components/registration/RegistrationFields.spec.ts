import { mountSuspended } from '@nuxt/test-utils/runtime';
import { describe, expect, it } from 'vitest';
import FormErrorSummary from '../form/FormErrorSummary.vue';
import RegistrationFields from './RegistrationFields.vue';

const questions = [
  {
    key: 'erfahrung',
    type: 'single_choice' as const,
    label: 'Gibt es ein Klimaschutzkonzept?',
    helpText: null,
    required: true,
    options: ['Ja', 'Nein'],
  },
  {
    key: 'wunsch',
    type: 'long_text' as const,
    label: 'Ihr Wunschthema',
    helpText: 'Ein Satz genügt.',
    required: false,
    options: [],
  },
];

describe('RegistrationFields', () => {
  it('labels every control, marks required ones in text and ties errors to the controls', async () => {
    const wrapper = await mountSuspended(RegistrationFields, {
      props: {
        questions,
        values: { firstName: 'Anna', salutation: 'none', 'answers.erfahrung': 'Nein' },
        errors: { lastName: 'Bitte geben Sie Ihren Nachnamen ein.' },
      },
    });
    for (const control of wrapper.findAll('input:not([type=radio]), select, textarea')) {
      const id = control.attributes('id');
      expect(id, control.html()).toBeTruthy();
      expect(wrapper.find(`label[for="${id}"]`).exists(), id).toBe(true);
    }
    expect(wrapper.find('label[for="feld-firstName"]').text()).toContain('(Pflichtfeld)');
    expect(wrapper.find('label[for="feld-organisation"]').text()).toContain('(optional)');
    const lastName = wrapper.find('#feld-lastName');
    expect(lastName.attributes('aria-invalid')).toBe('true');
    expect(lastName.attributes('aria-describedby')).toBe('feld-lastName-fehler');
    expect(wrapper.find('#feld-lastName-fehler').text()).toContain(
      'Bitte geben Sie Ihren Nachnamen ein.',
    );
    expect((wrapper.find('#feld-firstName').element as HTMLInputElement).value).toBe('Anna');
    expect(
      (wrapper.find('input[name="salutation"][value="none"]').element as HTMLInputElement).checked,
    ).toBe(true);
    expect(
      (wrapper.find('input[name="answers.erfahrung"][value="Nein"]').element as HTMLInputElement)
        .checked,
    ).toBe(true);
    expect(wrapper.findAll('fieldset legend').map((l) => l.text())).toEqual([
      'Anrede (optional)',
      'Gibt es ein Klimaschutzkonzept? (Pflichtfeld)',
    ]);
    expect(wrapper.find('#feld-answers-wunsch').attributes('aria-describedby')).toBe(
      'feld-answers-wunsch-hinweis',
    );
  });
});

describe('FormErrorSummary', () => {
  it('lists the errors in the order of the form, linking to the fields', async () => {
    const wrapper = await mountSuspended(FormErrorSummary, {
      props: {
        errors: { email: 'E-Mail fehlt', firstName: 'Vorname fehlt' },
        labels: { firstName: 'Vorname', email: 'E-Mail-Adresse' },
      },
    });
    expect(wrapper.find('[role="alert"]').exists()).toBe(true);
    expect(wrapper.find('h2').text()).toBe('Bitte korrigieren Sie 2 Angaben:');
    expect(wrapper.findAll('a').map((a) => [a.attributes('href'), a.text()])).toEqual([
      ['#feld-firstName', 'Vorname: Vorname fehlt'],
      ['#feld-email', 'E-Mail-Adresse: E-Mail fehlt'],
    ]);
  });
});
