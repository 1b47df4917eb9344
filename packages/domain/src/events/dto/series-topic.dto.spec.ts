import { describe, expect, it } from '@jest/globals';
import { failing, issues } from '../../../test/validation-helpers.js';
import { CreateSeriesDto, UpdateSeriesDto } from './series.dto.js';
import { CreateTopicDto, UpdateTopicDto } from './topic.dto.js';

const webTalks = {
  slug: 'kleinstadt-web-talks',
  title: 'Kleinstadt Web-Talks',
  subtitle: 'Praxiswissen kompakt: Wissens- und Erfahrungsaustausch für Kleinstadtakteure',
  description: 'In den einstündigen Web-Talks geben Praktikerinnen und Praktiker …',
  contactEmail: 'kleinstadt@vhw.de',
  organisers: [{ organisationId: '3f2504e0-4f89-41d3-9a0c-0305e82c3301', role: 'host' }],
};

describe('CreateSeriesDto', () => {
  it('accepts the Kleinstadt Web-Talks', async () => {
    await expect(issues(CreateSeriesDto, webTalks)).resolves.toEqual([]);
  });

  it.each<[string, Record<string, unknown>, string, string]>([
    ['a missing title', { title: undefined }, 'title', 'isString'],
    ['a bad contact address', { contactEmail: 'kleinstadt(at)vhw.de' }, 'contactEmail', 'isEmail'],
    ['a slug with capitals', { slug: 'Kleinstadt-Web-Talks' }, 'slug', 'matches'],
    ['a slug with a trailing hyphen', { slug: 'web-talks-' }, 'slug', 'matches'],
    [
      'an organiser without role',
      { organisers: [{ organisationId: '3f2504e0-4f89-41d3-9a0c-0305e82c3301' }] },
      'organisers.0.role',
      'isIn',
    ],
  ])('refuses %s', async (_, change, path, constraint) => {
    await expect(issues(CreateSeriesDto, { ...webTalks, ...change })).resolves.toEqual(
      failing(path, constraint),
    );
  });
});

describe('UpdateSeriesDto', () => {
  it('accepts a new subtitle alone', async () => {
    await expect(issues(UpdateSeriesDto, { subtitle: 'Neu' })).resolves.toEqual([]);
  });

  it('refuses clearing the title', async () => {
    await expect(issues(UpdateSeriesDto, { title: null })).resolves.toEqual(
      failing('title', 'isString'),
    );
  });
});

describe('CreateTopicDto and UpdateTopicDto', () => {
  it('accept a topic with and without slug', async () => {
    await expect(issues(CreateTopicDto, { name: 'Bürgerbeteiligung' })).resolves.toEqual([]);
    await expect(
      issues(CreateTopicDto, { name: 'Bürgerbeteiligung', slug: 'buergerbeteiligung' }),
    ).resolves.toEqual([]);
    await expect(issues(UpdateTopicDto, { slug: 'beteiligung' })).resolves.toEqual([]);
  });

  it('refuse a topic without name', async () => {
    await expect(issues(CreateTopicDto, {})).resolves.toEqual(failing('name', 'isString'));
  });

  it('refuse a name that is too long', async () => {
    await expect(issues(CreateTopicDto, { name: 'x'.repeat(101) })).resolves.toEqual(
      failing('name', 'maxLength'),
    );
  });
});
