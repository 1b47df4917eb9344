import { MediaDetailsDto, MediaLimits } from '@stadtgespraech/domain/media';
import type { FastifyRequest } from 'fastify';
import { ProblemException } from '../../common/problem.js';
import { createValidationPipe } from '../../common/validation.js';

/** An upload as read from the request: the bytes, the sender's file name and the details. */
export interface Upload {
  bytes: Buffer;
  fileName: string;
  details: MediaDetailsDto;
}

/** The multipart limits of every upload; the kind-specific size is checked after sniffing. */
const MULTIPART_LIMITS = {
  fileSize: Math.max(MediaLimits.imageBytes, MediaLimits.documentBytes),
  files: 1,
  fields: 3,
  fieldSize: 2_000,
  parts: 4,
};

/**
 * Reads `multipart/form-data` with the file in the part `file`; the fields `title`, `alt` and
 * `credit` must come before it (the parser hands over the file as soon as it starts).
 */
export async function readUpload(request: FastifyRequest): Promise<Upload> {
  if (!request.isMultipart()) throw new ProblemException('MEDIA.FILE_REQUIRED');
  let part;
  try {
    part = await request.file({ limits: MULTIPART_LIMITS });
  } catch (error) {
    throw multipartProblem(error);
  }
  if (!part || part.fieldname !== 'file') throw new ProblemException('MEDIA.FILE_REQUIRED');
  let bytes: Buffer;
  try {
    bytes = await part.toBuffer();
  } catch (error) {
    throw multipartProblem(error);
  }
  const fields = Object.fromEntries(
    Object.values(part.fields)
      .flat()
      .filter((entry) => entry && entry.type === 'field' && entry.fieldname !== 'file')
      .map((entry) => [entry!.fieldname, (entry as { value: unknown }).value]),
  );
  return { bytes, fileName: cleanFileName(part.filename), details: await checkDetails(fields) };
}

/** The fields go through the same pipe as every JSON body: same rules, same problem document. */
const validation = createValidationPipe();

function checkDetails(fields: Record<string, unknown>): Promise<MediaDetailsDto> {
  return validation.transform(fields, { type: 'body', metatype: MediaDetailsDto });
}

function multipartProblem(error: unknown): ProblemException {
  const code = (error as { code?: string }).code;
  if (code === 'FST_REQ_FILE_TOO_LARGE') {
    return new ProblemException('MEDIA.TOO_LARGE', undefined, undefined, {
      maxBytes: MULTIPART_LIMITS.fileSize,
    });
  }
  if (code === 'FST_FILES_LIMIT' || code === 'FST_PARTS_LIMIT' || code === 'FST_FIELDS_LIMIT') {
    return new ProblemException('REQUEST.MALFORMED', 'Send one file and at most three fields.');
  }
  return new ProblemException('MEDIA.FILE_REQUIRED');
}

/** The last path segment of the sender's file name, without control characters, shortened. */
function cleanFileName(name: string | undefined): string {
  const base = (name ?? '').split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex
  const clean = base.replace(/[\u0000-\u001f\u007f]/g, '').trim();
  return (clean || 'datei').slice(0, 200);
}
