import { MediaKind, MediaLimits, MediaType } from './media.js';

function startsWith(bytes: Uint8Array, signature: readonly number[], offset = 0): boolean {
  if (bytes.length < offset + signature.length) return false;
  return signature.every((byte, index) => bytes[offset + index] === byte);
}

const ascii = (text: string) => [...text].map((char) => char.charCodeAt(0));

/**
 * The media type of a file from its first bytes (at least 12), or null when it is none the
 * library accepts. The file name and the browser's claim are never trusted.
 */
export function detectMediaType(head: Uint8Array): MediaType | null {
  if (startsWith(head, [0xff, 0xd8, 0xff])) return MediaType.Jpeg;
  if (startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return MediaType.Png;
  if (startsWith(head, ascii('RIFF')) && startsWith(head, ascii('WEBP'), 8)) return MediaType.Webp;
  if (startsWith(head, ascii('%PDF-'))) return MediaType.Pdf;
  return null;
}

/** Whether a media type is a picture or a document. */
export function mediaKindOf(type: MediaType): MediaKind {
  return type === MediaType.Pdf ? MediaKind.Document : MediaKind.Image;
}

/** The largest accepted size, in bytes, of a file of this kind. */
export function maxBytesOf(kind: MediaKind): number {
  return kind === MediaKind.Image ? MediaLimits.imageBytes : MediaLimits.documentBytes;
}

/** The variant widths to make of a picture `width` pixels wide: never wider than the picture. */
export function variantWidthsFor(width: number): number[] {
  const smaller = MediaLimits.imageWidths.filter((candidate) => candidate < width);
  // A small picture still gets one variant, at its own width.
  return smaller.length === MediaLimits.imageWidths.length ? smaller : [...smaller, width];
}
