import { describe, expect, it } from '@jest/globals';
import { detectMediaType, maxBytesOf, mediaKindOf, variantWidthsFor } from './media-type.js';
import { MediaKind, MediaLimits, MediaType } from './media.js';

const bytes = (...parts: (string | number[])[]) =>
  Uint8Array.from(
    parts.flatMap((part) =>
      typeof part === 'string' ? [...part].map((char) => char.charCodeAt(0)) : part,
    ),
  );

describe('detectMediaType', () => {
  it.each([
    ['JPEG', bytes([0xff, 0xd8, 0xff, 0xe0], 'JFIF\0\0\0\0'), MediaType.Jpeg],
    ['PNG', bytes([0x89], 'PNG', [0x0d, 0x0a, 0x1a, 0x0a], 'IHDR'), MediaType.Png],
    ['WebP', bytes('RIFF', [0x10, 0, 0, 0], 'WEBPVP8 '), MediaType.Webp],
    ['PDF', bytes('%PDF-1.7\n%âãÏÓ'), MediaType.Pdf],
  ])('recognises %s by its first bytes', (_name, head, expected) => {
    expect(detectMediaType(head)).toBe(expected);
  });

  it.each([
    ['an SVG', bytes('<svg xmlns="http://www.w3.org/2000/svg">')],
    ['an HTML page', bytes('<!DOCTYPE html><html>')],
    ['a GIF', bytes('GIF89a', [1, 0, 1, 0])],
    ['a RIFF file that is no WebP', bytes('RIFF', [0x10, 0, 0, 0], 'WAVEfmt ')],
    ['a ZIP (e.g. a .docx)', bytes('PK', [3, 4, 20, 0, 6, 0])],
    ['a truncated PNG signature', bytes([0x89], 'PNG')],
    ['nothing', bytes()],
  ])('refuses %s', (_name, head) => {
    expect(detectMediaType(head)).toBeNull();
  });

  it('ignores a PDF signature that does not start the file', () => {
    expect(detectMediaType(bytes(' %PDF-1.7'))).toBeNull();
  });
});

describe('media kinds and limits', () => {
  it('treats PDFs as documents and everything else as pictures', () => {
    expect(mediaKindOf(MediaType.Pdf)).toBe(MediaKind.Document);
    expect(mediaKindOf(MediaType.Png)).toBe(MediaKind.Image);
    expect(maxBytesOf(MediaKind.Image)).toBe(MediaLimits.imageBytes);
    expect(maxBytesOf(MediaKind.Document)).toBe(MediaLimits.documentBytes);
  });
});

describe('variantWidthsFor', () => {
  it('makes every standard width of a large picture', () => {
    expect(variantWidthsFor(3000)).toEqual([480, 960, 1600]);
    expect(variantWidthsFor(1601)).toEqual([480, 960, 1600]);
  });

  it('never enlarges: a picture between two widths gets the smaller ones and its own', () => {
    expect(variantWidthsFor(1200)).toEqual([480, 960, 1200]);
    expect(variantWidthsFor(1600)).toEqual([480, 960, 1600]);
  });

  it('gives a small picture one variant at its own width', () => {
    expect(variantWidthsFor(300)).toEqual([300]);
    expect(variantWidthsFor(480)).toEqual([480]);
  });
});
