import { describe, expect, it } from '@jest/globals';
import { DomainError } from '../common/errors.js';
import {
  assertDocumentationPublishable,
  DocumentationErrorCode,
  hasDocumentationContent,
} from './documentation.js';

const empty = { report: null, attachments: [], images: [], recordingUrl: null };
const pdf = { title: 'Folien', url: 'https://example.org/f.pdf', mediaType: 'application/pdf' };
const talk = {
  status: 'published' as const,
  endsAt: '2026-11-20T11:00:00+01:00',
  documentation: { ...empty, report: 'Ergebnisse des Web-Talks' },
};
const after = new Date('2026-11-20T10:00:00Z');

function codeOf(run: () => void): string | undefined {
  try {
    run();
    return undefined;
  } catch (error) {
    return error instanceof DomainError ? error.code : String(error);
  }
}

describe('hasDocumentationContent', () => {
  it.each([
    ['a report', { ...empty, report: 'Ergebnisse' }],
    ['a file', { ...empty, attachments: [pdf] }],
    ['a picture', { ...empty, images: [{ url: 'https://example.org/a.webp', alt: 'Podium' }] }],
    ['a recording', { ...empty, recordingUrl: 'https://example.org/video' }],
  ])('counts %s as content', (_, documentation) => {
    expect(hasDocumentationContent(documentation)).toBe(true);
  });

  it('counts nothing, a blank report or no documentation as empty', () => {
    expect(hasDocumentationContent(empty)).toBe(false);
    expect(hasDocumentationContent({ ...empty, report: ' \n ' })).toBe(false);
    expect(hasDocumentationContent(null)).toBe(false);
  });
});

describe('assertDocumentationPublishable', () => {
  it('lets the documentation of a published event go public from its end on', () => {
    expect(codeOf(() => assertDocumentationPublishable(talk, after))).toBeUndefined();
  });

  it('refuses while the event is still on', () => {
    const running = new Date('2026-11-20T09:59:59Z');
    expect(codeOf(() => assertDocumentationPublishable(talk, running))).toBe(
      DocumentationErrorCode.EventNotOver,
    );
  });

  it.each(['draft', 'cancelled'] as const)('refuses for a %s event', (status) => {
    expect(codeOf(() => assertDocumentationPublishable({ ...talk, status }, after))).toBe(
      DocumentationErrorCode.EventNotPublished,
    );
  });

  it('refuses documentation without content', () => {
    expect(
      codeOf(() => assertDocumentationPublishable({ ...talk, documentation: empty }, after)),
    ).toBe(DocumentationErrorCode.Empty);
    expect(
      codeOf(() => assertDocumentationPublishable({ ...talk, documentation: null }, after)),
    ).toBe(DocumentationErrorCode.Empty);
  });
});
