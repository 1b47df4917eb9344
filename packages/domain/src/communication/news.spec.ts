import { describe, expect, it } from '@jest/globals';
import { failing, issues } from '../../test/validation-helpers.js';
import { CreateNewsPostDto, UpdateNewsPostDto } from './dto/news-post.dto.js';
import { NewsPublication, newsPublication } from './news.js';

const now = '2026-11-21T10:00:00+01:00';

describe('newsPublication', () => {
  it.each([
    [null, NewsPublication.Draft],
    [undefined, NewsPublication.Draft],
    ['2026-11-21T10:00:01+01:00', NewsPublication.Scheduled],
    ['2026-11-21T10:00:00+01:00', NewsPublication.Published],
    ['2024-07-03T08:00:00Z', NewsPublication.Published],
  ])('calls a post published at %s %s', (publishedAt, expected) => {
    expect(newsPublication(publishedAt, now)).toBe(expected);
  });

  it('compares instants, not wall clocks', () => {
    // 09:30 UTC is 10:30 in Berlin: still to come at 10:00 Berlin.
    expect(newsPublication(new Date('2026-11-21T09:30:00Z'), now)).toBe(NewsPublication.Scheduled);
  });

  it('refuses garbage instead of calling it published', () => {
    expect(() => newsPublication('soon', now)).toThrow(RangeError);
  });
});

const post = {
  kind: 'report',
  title: 'Rückblick auf den Kleinstadtkongress',
  body: 'Rund 300 Gäste kamen nach Wittenberge.',
};

describe('CreateNewsPostDto', () => {
  it('accepts a draft with nothing but kind, title and body', async () => {
    expect(await issues(CreateNewsPostDto, post)).toEqual([]);
  });

  it('accepts a scheduled post with picture, organisation and slug', async () => {
    expect(
      await issues(CreateNewsPostDto, {
        ...post,
        slug: 'rueckblick-kongress',
        teaser: 'Ein Rückblick.',
        image: { url: 'https://example.org/a.jpg', alt: 'Saal', credit: '© vhw' },
        organisationId: '0b8a3c1e-4f5d-4e6a-9b7c-1d2e3f4a5b6c',
        publishedAt: '2026-12-01T08:00:00+01:00',
      }),
    ).toEqual([]);
  });

  it.each([
    ['an unknown kind', { ...post, kind: 'opinion' }, 'kind', 'isIn'],
    ['a blank title', { ...post, title: '  ' }, 'title', 'isNotBlank'],
    ['a missing body', { kind: 'report', title: 'x' }, 'body', 'isNotBlank'],
    [
      'a picture without alt text',
      { ...post, image: { url: 'https://e.org/a.jpg' } },
      'image.alt',
      'isString',
    ],
    [
      'a time without offset',
      { ...post, publishedAt: '2026-12-01T08:00' },
      'publishedAt',
      'matches',
    ],
    [
      'an organisation that is no id',
      { ...post, organisationId: 'vhw' },
      'organisationId',
      'isUuid',
    ],
    ['a slug with capitals', { ...post, slug: 'Kongress' }, 'slug', 'matches'],
  ])('refuses %s', async (_name, input, path, constraint) => {
    expect(await issues(CreateNewsPostDto, input)).toEqual(failing(path, constraint));
  });
});

describe('UpdateNewsPostDto', () => {
  it('accepts taking a post back to a draft alone', async () => {
    expect(await issues(UpdateNewsPostDto, { publishedAt: null })).toEqual([]);
  });

  it('still checks what it is given', async () => {
    expect(await issues(UpdateNewsPostDto, { kind: 'opinion' })).toEqual(failing('kind', 'isIn'));
  });
});
