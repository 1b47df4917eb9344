import { describe, expect, it } from '@jest/globals';
import { failing, issues } from '../../test/validation-helpers.js';
import { ComposeNewsletterDto } from './dto/compose-newsletter.dto.js';
import { fitsNewsletterChoice } from './newsletter.js';

const webTalk = { seriesSlug: 'kleinstadt-web-talks', topicSlugs: ['klimaschutz', 'innenstadt'] };
const single = { seriesSlug: null, topicSlugs: ['innenstadt'] };

describe('fitsNewsletterChoice', () => {
  it('gives a subscriber who chose nothing every event', () => {
    const all = { series: [], topics: [] };
    expect(fitsNewsletterChoice(all, webTalk)).toBe(true);
    expect(fitsNewsletterChoice(all, single)).toBe(true);
  });

  it('keeps to the chosen series; an event outside every series does not fit', () => {
    const choice = { series: ['kleinstadt-web-talks'], topics: [] };
    expect(fitsNewsletterChoice(choice, webTalk)).toBe(true);
    expect(fitsNewsletterChoice(choice, single)).toBe(false);
    expect(fitsNewsletterChoice({ series: ['werkstaetten'], topics: [] }, webTalk)).toBe(false);
  });

  it('needs one chosen topic among the event topics', () => {
    expect(fitsNewsletterChoice({ series: [], topics: ['innenstadt'] }, webTalk)).toBe(true);
    expect(fitsNewsletterChoice({ series: [], topics: ['wohnen'] }, webTalk)).toBe(false);
    expect(
      fitsNewsletterChoice(
        { series: [], topics: ['wohnen'] },
        { seriesSlug: null, topicSlugs: [] },
      ),
    ).toBe(false);
  });

  it('asks for both, series and topic, when both are chosen', () => {
    const choice = { series: ['kleinstadt-web-talks'], topics: ['wohnen'] };
    expect(fitsNewsletterChoice(choice, webTalk)).toBe(false);
    expect(fitsNewsletterChoice({ ...choice, topics: ['klimaschutz'] }, webTalk)).toBe(true);
  });
});

const issue = {
  subject: 'Neue Termine im Dezember',
  intro: 'Liebe Netzwerkpartner,\n\nhier die nächsten Web-Talks.',
  eventIds: ['0b8a3c1e-4f5d-4e6a-9b7c-1d2e3f4a5b6c'],
};

describe('ComposeNewsletterDto', () => {
  it('accepts an issue with an English version', async () => {
    expect(
      await issues(ComposeNewsletterDto, { ...issue, english: { subject: 'New dates' } }),
    ).toEqual([]);
  });

  it.each([
    ['no event', { ...issue, eventIds: [] }, 'eventIds', 'arrayMinSize'],
    [
      'an event twice',
      { ...issue, eventIds: [issue.eventIds[0], issue.eventIds[0]] },
      'eventIds',
      'arrayUnique',
    ],
    ['an event that is no id', { ...issue, eventIds: ['web-talk'] }, 'eventIds', 'isUuid'],
    ['a blank subject', { ...issue, subject: ' ' }, 'subject', 'isNotBlank'],
    [
      'an English version without subject',
      { ...issue, english: {} },
      'english.subject',
      'isString',
    ],
  ])('refuses %s', async (_name, input, path, constraint) => {
    expect(await issues(ComposeNewsletterDto, input)).toEqual(failing(path, constraint));
  });
});
