import {
  detectMediaType,
  maxBytesOf,
  MediaKind,
  MediaLimits,
  MediaType,
  mediaKindOf,
  variantWidthsFor,
} from '@stadtgespraech/domain/media';
import sharp, { type FormatEnum } from 'sharp';
import { ProblemException } from '../../common/problem.js';

/** One file to store for an upload. */
export interface ProcessedFile {
  file: string;
  body: Buffer;
  width: number | null;
  height: number | null;
}

/** What an upload becomes: its checked type, the cleaned original and the scaled copies. */
export interface ProcessedMedia {
  kind: MediaKind;
  mediaType: MediaType;
  original: ProcessedFile;
  variants: ProcessedFile[];
}

const EXTENSIONS: Record<MediaType, string> = {
  [MediaType.Jpeg]: 'jpg',
  [MediaType.Png]: 'png',
  [MediaType.Webp]: 'webp',
  [MediaType.Pdf]: 'pdf',
};

const SHARP_FORMATS: Record<Exclude<MediaType, 'application/pdf'>, keyof FormatEnum> = {
  [MediaType.Jpeg]: 'jpeg',
  [MediaType.Png]: 'png',
  [MediaType.Webp]: 'webp',
};

const VARIANT_QUALITY = 80;

/**
 * Checks an upload by its content and prepares what is stored: a picture is turned upright,
 * scaled down to `MediaLimits.imageMaxWidth`, re-encoded without its metadata (camera, GPS
 * position) and copied to the WebP widths the portal uses; a PDF is kept as it is.
 */
export async function processUpload(bytes: Buffer): Promise<ProcessedMedia> {
  const mediaType = detectMediaType(bytes.subarray(0, 16));
  if (!mediaType) throw new ProblemException('MEDIA.UNSUPPORTED_TYPE');
  const kind = mediaKindOf(mediaType);
  const limit = maxBytesOf(kind);
  if (bytes.length > limit) {
    throw new ProblemException(
      'MEDIA.TOO_LARGE',
      `Files of this kind may have at most ${limit} bytes.`,
      undefined,
      { maxBytes: limit },
    );
  }
  if (bytes.length === 0) throw new ProblemException('MEDIA.DAMAGED');
  if (mediaType === MediaType.Pdf) {
    checkPdf(bytes);
    const original = { file: 'original.pdf', body: bytes, width: null, height: null };
    return { kind, mediaType, original, variants: [] };
  }
  return processImage(bytes, mediaType);
}

function checkPdf(bytes: Buffer): void {
  // A complete PDF ends with an end-of-file marker; a cut-off upload lacks it.
  const tail = bytes.subarray(Math.max(0, bytes.length - 2048)).toString('latin1');
  if (!tail.includes('%%EOF')) throw new ProblemException('MEDIA.DAMAGED');
}

async function processImage(
  bytes: Buffer,
  mediaType: Exclude<MediaType, 'application/pdf'>,
): Promise<ProcessedMedia> {
  try {
    const metadata = await sharp(bytes, { limitInputPixels: false }).metadata();
    if ((metadata.width ?? 0) * (metadata.height ?? 0) > MediaLimits.imagePixels) {
      throw new ProblemException(
        'MEDIA.TOO_LARGE',
        `Pictures may have at most ${MediaLimits.imagePixels} pixels.`,
        undefined,
        { maxPixels: MediaLimits.imagePixels },
      );
    }
    const original = await sharp(bytes, {
      limitInputPixels: MediaLimits.imagePixels,
      failOn: 'error',
    })
      .rotate()
      .resize({ width: MediaLimits.imageMaxWidth, withoutEnlargement: true })
      .toFormat(SHARP_FORMATS[mediaType])
      .toBuffer({ resolveWithObject: true });
    const variants: ProcessedFile[] = [];
    for (const width of variantWidthsFor(original.info.width)) {
      const variant = await sharp(original.data)
        .resize({ width, withoutEnlargement: true })
        .webp({ quality: VARIANT_QUALITY })
        .toBuffer({ resolveWithObject: true });
      variants.push({
        file: `w${variant.info.width}.webp`,
        body: variant.data,
        width: variant.info.width,
        height: variant.info.height,
      });
    }
    return {
      kind: MediaKind.Image,
      mediaType,
      original: {
        file: `original.${EXTENSIONS[mediaType]}`,
        body: original.data,
        width: original.info.width,
        height: original.info.height,
      },
      variants,
    };
  } catch (error) {
    if (error instanceof ProblemException) throw error;
    // libvips could not decode it: the signature was right, the rest is not a picture.
    throw new ProblemException('MEDIA.DAMAGED');
  }
}

/** The media type of a stored file, from the name this module gave it. */
export function storedMediaType(file: string): string | null {
  const extension = file.split('.').pop();
  const entry = Object.entries(EXTENSIONS).find(([, value]) => value === extension);
  return entry ? entry[0] : null;
}
