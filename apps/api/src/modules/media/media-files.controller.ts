import { Controller, Get, Inject, Param, Res, StreamableFile } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { API_CSP, serialiseCsp } from '@stadtgespraech/http-security';
import type { FastifyReply } from 'fastify';
import { ProblemException } from '../../common/problem.js';
import { UuidPipe } from '../../common/uuid.pipe.js';
import { ApiProblems } from '../../openapi/api-problems.decorator.js';
import { storedMediaType } from './media-processing.js';
import { MEDIA_STORAGE, type MediaStorage } from './storage/media-storage.js';

const PDF_CSP = serialiseCsp({ ...API_CSP, 'object-src': ["'self'"] });
const FILE_NAME = /^(original\.(jpg|png|webp|pdf)|w\d{1,5}\.webp)$/;
// A file never changes under its address (a new upload gets a new id); a week keeps deleted
// files from lingering in caches for long.
const CACHE_CONTROL = 'public, max-age=604800, immutable';

/** The public files of the media library, as the portal and mails link them. */
@ApiTags('media')
@Controller('v1/media')
export class MediaFilesController {
  constructor(@Inject(MEDIA_STORAGE) private readonly storage: MediaStorage) {}

  @Get(':id/:file')
  @ApiOperation({
    operationId: 'getMediaFile',
    summary: 'A picture (original or WebP width) or PDF of the media library',
  })
  @ApiParam({ name: 'file', example: 'w960.webp' })
  @ApiOkResponse({ description: 'The file, cacheable for a week' })
  @ApiProblems(400, 404)
  async file(
    @Param('id', UuidPipe) id: string,
    @Param('file') file: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StreamableFile> {
    const mediaType = FILE_NAME.test(file) ? storedMediaType(file) : null;
    const stored = mediaType ? await this.storage.read(`${id}/${file}`) : null;
    if (!mediaType || !stored) throw new ProblemException('MEDIA.NOT_FOUND');
    reply.header('cache-control', CACHE_CONTROL);
    // The browser's PDF viewer is an embedded plugin: the API's `object-src 'none'` would blank it.
    if (mediaType === 'application/pdf') reply.header('content-security-policy', PDF_CSP);
    return new StreamableFile(stored.body, {
      type: mediaType,
      length: stored.sizeBytes,
      disposition: mediaType === 'application/pdf' ? `inline; filename="${file}"` : undefined,
    });
  }
}
