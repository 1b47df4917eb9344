import { describe, expect, it } from '@jest/globals';
import { failing, issues } from '../../../test/validation-helpers.js';
import { AttachmentDto } from './attachment.dto.js';
import { ImageRefDto } from './image-ref.dto.js';
import { MergeReferenceDto } from './merge-reference.dto.js';
import { PostalAddressDto } from './postal-address.dto.js';

describe('PostalAddressDto', () => {
  const valid = {
    addition: 'Geschäftsstelle Kleinstadt Akademie',
    street: 'Perleberger Str. 165',
    postalCode: '19322',
    city: 'Wittenberge',
    country: null,
  };

  it('accepts the Kleinstadt Akademie office', async () => {
    await expect(issues(PostalAddressDto, valid)).resolves.toEqual([]);
  });

  it.each<[string, Record<string, unknown>, string, string]>([
    ['a blank street', { street: '   ' }, 'street', 'isNotBlank'],
    ['a long postal code', { postalCode: '19322-12345' }, 'postalCode', 'maxLength'],
    ['a missing city', { city: undefined }, 'city', 'isString'],
    ['a numeric city', { city: 19322 }, 'city', 'isString'],
  ])('refuses %s', async (_, change, path, constraint) => {
    await expect(issues(PostalAddressDto, { ...valid, ...change })).resolves.toEqual(
      failing(path, constraint),
    );
  });
});

describe('ImageRefDto', () => {
  const valid = {
    url: 'https://kleinstadtakademie.de/media/g1-gudensberg.jpg',
    alt: 'Das G1 im hessischen Gudensberg, ein ehemaliger Supermarkt',
    credit: '© Stadt Gudensberg/Christin Gerstner',
    width: 1600,
    height: 900,
  };

  it('accepts a picture with credit', async () => {
    await expect(issues(ImageRefDto, valid)).resolves.toEqual([]);
  });

  it('accepts an empty alt text for decorative images', async () => {
    await expect(issues(ImageRefDto, { ...valid, alt: '' })).resolves.toEqual([]);
  });

  it('accepts local media URLs in development', async () => {
    await expect(
      issues(ImageRefDto, { ...valid, url: 'http://localhost:3000/media/1.jpg' }),
    ).resolves.toEqual([]);
  });

  it.each<[string, Record<string, unknown>, string, string]>([
    ['a missing alt text', { alt: undefined }, 'alt', 'isString'],
    ['a relative URL', { url: '/media/1.jpg' }, 'url', 'isUrl'],
    ['a javascript: URL', { url: 'javascript:alert(1)' }, 'url', 'isUrl'],
    ['an ftp URL', { url: 'ftp://example.org/1.jpg' }, 'url', 'isUrl'],
    [
      'a URL that is too long',
      { url: `https://example.org/${'a'.repeat(2_000)}` },
      'url',
      'maxLength',
    ],
    ['zero width', { width: 0 }, 'width', 'min'],
    ['fractional height', { height: 10.5 }, 'height', 'isInt'],
  ])('refuses %s', async (_, change, path, constraint) => {
    await expect(issues(ImageRefDto, { ...valid, ...change })).resolves.toEqual(
      failing(path, constraint),
    );
  });
});

describe('AttachmentDto', () => {
  const valid = {
    title: 'Präsentationsfolien',
    url: 'https://example.org/folien.pdf',
    mediaType: 'application/pdf',
    sizeBytes: 2_345_678,
  };

  it('accepts slides as PDF', async () => {
    await expect(issues(AttachmentDto, valid)).resolves.toEqual([]);
  });

  it.each<[string, Record<string, unknown>, string, string]>([
    ['a media type without subtype', { mediaType: 'pdf' }, 'mediaType', 'matches'],
    ['a negative size', { sizeBytes: -1 }, 'sizeBytes', 'min'],
    ['a title that is too long', { title: 'x'.repeat(201) }, 'title', 'maxLength'],
  ])('refuses %s', async (_, change, path, constraint) => {
    await expect(issues(AttachmentDto, { ...valid, ...change })).resolves.toEqual(
      failing(path, constraint),
    );
  });
});

describe('MergeReferenceDto', () => {
  it('takes the id of the record to keep', async () => {
    expect(
      await issues(MergeReferenceDto, { into: '00000000-0000-4000-8000-000000000001' }),
    ).toEqual([]);
    expect(await issues(MergeReferenceDto, { into: 'verkehr' })).toEqual(failing('into', 'isUuid'));
  });
});
