import type { IsoDateTime, Uuid } from '../common/types.js';

/** What a file in the media library is: a picture or a downloadable document. */
export const MediaKind = {
  Image: 'image',
  Document: 'document',
} as const;
export type MediaKind = (typeof MediaKind)[keyof typeof MediaKind];

/**
 * The media types the library accepts. SVG is left out on purpose: it can carry scripts, and
 * every picture the portal shows is a photo or a logo that works as PNG.
 */
export const MediaType = {
  Jpeg: 'image/jpeg',
  Png: 'image/png',
  Webp: 'image/webp',
  Pdf: 'application/pdf',
} as const;
export type MediaType = (typeof MediaType)[keyof typeof MediaType];

const MIB = 1024 * 1024;

/** Bounds of an upload, shared by the API (which enforces them) and the admin (which warns early). */
export const MediaLimits = {
  /** Largest picture accepted, in bytes. */
  imageBytes: 15 * MIB,
  /** Largest document accepted, in bytes. */
  documentBytes: 30 * MIB,
  /** Pictures with more pixels are refused (decompression bombs). */
  imagePixels: 50_000_000,
  /** The stored original is scaled down to at most this width. */
  imageMaxWidth: 2400,
  /** Widths of the WebP variants the portal uses (cards, pages, large screens). */
  imageWidths: [480, 960, 1600] as readonly number[],
} as const;

/** One scaled copy of a picture. */
export interface MediaVariant {
  width: number;
  height: number;
  url: string;
}

/** A file in the media library, as staff see it. */
export interface MediaItem {
  id: Uuid;
  kind: MediaKind;
  mediaType: MediaType;
  /** Name of the uploaded file, for recognising it; never used to decide its type. */
  fileName: string;
  /** Title shown in lists and used for documents' download links. */
  title: string;
  /** Default text alternative of a picture; each use may word its own. */
  alt: string;
  /** Copyright line, e.g. "© Stadt Gudensberg/Christin Gerstner". */
  credit: string | null;
  sizeBytes: number;
  width: number | null;
  height: number | null;
  /** Public address of the (metadata-free) original. */
  url: string;
  /** Scaled WebP copies of a picture, smallest first; empty for documents. */
  variants: MediaVariant[];
  createdAt: IsoDateTime;
}
