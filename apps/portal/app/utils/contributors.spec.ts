import { describe, expect, it } from 'vitest';
import { contributor } from '../../test/fixtures/events';
import { contributorDetails, personAffiliation, splitContributors } from './contributors';

describe('splitContributors', () => {
  it('separates speakers from moderators and keeps their order', () => {
    const result = splitContributors([
      contributor('speaker', 'Nico Schulz'),
      contributor('moderator', 'Christian Höcke'),
      contributor('speaker', 'Matthias Köberle'),
    ]);

    expect(result.speakers.map((c) => c.person.displayName)).toEqual([
      'Nico Schulz',
      'Matthias Köberle',
    ]);
    expect(result.moderators.map((c) => c.person.displayName)).toEqual(['Christian Höcke']);
  });

  it('lists a person once per role', () => {
    const result = splitContributors([
      contributor('speaker', 'Nico Schulz', { title: 'Teil 1' }),
      contributor('speaker', 'Nico Schulz', { title: 'Teil 2' }),
    ]);

    expect(result.speakers).toHaveLength(1);
  });
});

describe('personAffiliation', () => {
  it('shows the function, which names the organisation in its own words', () => {
    const { person } = contributor('speaker', 'Wolfgang Pieper', {
      function: 'Bürgermeister der Stadt Telgte',
      organisation: 'Stadt Telgte',
    });

    expect(personAffiliation(person)).toBe('Bürgermeister der Stadt Telgte');
  });

  it('falls back to the organisation for a person without function', () => {
    const { person } = contributor('speaker', 'Ulrich Berding', { organisation: 'plan zwei' });

    expect(personAffiliation(person)).toBe('plan zwei');
  });

  it('is empty for a person without function and organisation', () => {
    expect(personAffiliation(contributor('speaker', 'Anna Beispiel').person)).toBe('');
  });
});

describe('contributorDetails', () => {
  it('adds affiliation and the title of the contribution', () => {
    const c = contributor('speaker', 'Dr. Oliver Weigel', {
      function: 'Leiter des Referats im BMI',
      title: 'Auf dem Weg zum Innenstadtaktionsprogramm',
    });

    expect(contributorDetails(c)).toBe(
      ', Leiter des Referats im BMI: „Auf dem Weg zum Innenstadtaktionsprogramm“',
    );
  });

  it('is empty when there is nothing to add to the name', () => {
    expect(contributorDetails(contributor('speaker', 'Anna Beispiel'))).toBe('');
  });
});
