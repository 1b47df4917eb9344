import type { StaffNewsPost } from '@stadtgespraech/api-client';
import { describe, expect, it } from 'vitest';
import { emptyNewsForm, newsFormFrom, newsInputFrom, publishedAtFrom } from './newsForm';

const post: StaffNewsPost = {
  id: '2b1c0d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e',
  slug: 'kleinstadt-kongress-wittenberge',
  kind: 'announcement',
  title: 'Kleinstadtkongress in Wittenberge',
  teaser: null,
  body: 'Save the date.',
  image: null,
  organisation: null,
  publishedAt: '2025-04-17T07:00:00.000Z',
  publication: 'published',
  portalUrl: 'http://localhost:3000/aktuelles/kleinstadt-kongress-wittenberge',
  updatedAt: '2025-04-17T07:00:00.000Z',
  version: 3,
};

describe('the news form', () => {
  it('shows a published post at its Berlin moment, summer time included', () => {
    expect(newsFormFrom(post)).toMatchObject({
      publication: 'at',
      date: '2025-04-17',
      time: '09:00',
      teaser: '',
      organisationId: '',
    });
  });

  it('shows a draft as a draft', () => {
    expect(newsFormFrom({ ...post, publishedAt: null, publication: 'draft' })).toMatchObject({
      publication: 'draft',
      date: '',
    });
  });

  it('turns the choice into publishedAt: none, the moment of saving, or the Berlin time', () => {
    const now = new Date('2026-11-21T12:00:00Z');
    const form = { ...emptyNewsForm(), date: '2026-12-01', time: '08:30' };
    expect(publishedAtFrom({ ...form, publication: 'draft' }, now)).toBeNull();
    expect(publishedAtFrom({ ...form, publication: 'now' }, now)).toBe(now.toISOString());
    // 1 December is winter time: 08:30 in Berlin is 07:30 UTC.
    expect(publishedAtFrom({ ...form, publication: 'at' }, now)).toBe('2026-12-01T07:30:00.000Z');
  });

  it('passes an incomplete moment on for the API to refuse, instead of guessing', () => {
    const form = { ...emptyNewsForm(), publication: 'at' as const, date: '', time: '08:30' };
    expect(publishedAtFrom(form)).toBe('T08:30');
  });

  it('sends a new post without slug, and empty optional texts as null', () => {
    const input = newsInputFrom(
      { ...emptyNewsForm(), title: '  Neu  ', body: 'Text', teaser: ' ' },
      null,
    );
    expect(input).toEqual({
      kind: 'report',
      title: 'Neu',
      slug: undefined,
      teaser: null,
      body: 'Text',
      image: null,
      organisationId: null,
      publishedAt: null,
    });
  });
});
