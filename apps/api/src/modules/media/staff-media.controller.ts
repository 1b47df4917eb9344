import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  Patch,
  Post,
  Query,
  Req,
} from '@nestjs/common';
import {
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { MediaDetailsDto } from '@stadtgespraech/domain/media';
import { StaffRole } from '@stadtgespraech/domain/staff';
import type { FastifyRequest } from 'fastify';
import { UuidPipe } from '../../common/uuid.pipe.js';
import { ApiProblems } from '../../openapi/api-problems.decorator.js';
import { StaffOnly } from '../staff/staff-access.js';
import { CurrentActor, type StaffActor } from '../staff/staff-actor.js';
import {
  MediaListQueryDto,
  MediaPageDto,
  MediaUploadDto,
  StaffMediaDetailDto,
} from './dto/staff-media.dto.js';
import { readUpload } from './media-upload.js';
import { StaffMediaService } from './staff-media.service.js';

const EDITORS = { roles: [StaffRole.Administrator, StaffRole.Organiser] };

/** The media library: pictures and PDFs for events, documentation, news and references. */
@ApiTags('staff media')
@Controller('v1/staff/media')
export class StaffMediaController {
  constructor(private readonly media: StaffMediaService) {}

  @Get()
  @StaffOnly()
  @ApiOperation({
    operationId: 'listMedia',
    summary: 'Files of the library, newest first, 48 a page; filter by kind and search',
  })
  @ApiOkResponse({ type: MediaPageDto })
  @ApiProblems(400)
  page(
    @Query() query: MediaListQueryDto,
    @CurrentActor() actor: StaffActor,
  ): Promise<MediaPageDto> {
    return this.media.page(query, actor);
  }

  @Get(':id')
  @StaffOnly()
  @ApiOperation({ operationId: 'getMedia', summary: 'One file with where it is used' })
  @ApiOkResponse({ type: StaffMediaDetailDto })
  @ApiProblems(400, 404)
  get(
    @Param('id', UuidPipe) id: string,
    @CurrentActor() actor: StaffActor,
  ): Promise<StaffMediaDetailDto> {
    return this.media.get(id, actor);
  }

  @Post()
  @StaffOnly(EDITORS)
  @ApiOperation({
    operationId: 'uploadMedia',
    summary: 'Uploads a picture or PDF (audited)',
    description:
      'The type is judged by the content, never by the name. Pictures are turned upright, ' +
      'stripped of their metadata, scaled to at most 2400 px and copied to WebP widths of ' +
      '480, 960 and 1600 px (never enlarged).',
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody({ type: MediaUploadDto })
  @ApiCreatedResponse({ type: StaffMediaDetailDto })
  @ApiProblems(400, 403, 413, 415, 422)
  async upload(
    @Req() request: FastifyRequest,
    @CurrentActor() actor: StaffActor,
  ): Promise<StaffMediaDetailDto> {
    return this.media.upload(await readUpload(request), actor);
  }

  @Patch(':id')
  @StaffOnly(EDITORS)
  @ApiOperation({
    operationId: 'describeMedia',
    summary: 'Changes the title, default alt text or credit of a file (audited)',
  })
  @ApiBody({ type: MediaDetailsDto })
  @ApiOkResponse({ type: StaffMediaDetailDto })
  @ApiProblems(400, 403, 404)
  describe(
    @Param('id', UuidPipe) id: string,
    @Body() input: MediaDetailsDto,
    @CurrentActor() actor: StaffActor,
  ): Promise<StaffMediaDetailDto> {
    return this.media.describe(id, input, actor);
  }

  @Delete(':id')
  @HttpCode(204)
  @StaffOnly(EDITORS)
  @ApiOperation({
    operationId: 'deleteMedia',
    summary: 'Deletes a file nothing uses any more (audited)',
    description: 'Administrators delete any file, organisers their own uploads.',
  })
  @ApiNoContentResponse()
  @ApiProblems(400, 403, 404, 409)
  async remove(
    @Param('id', UuidPipe) id: string,
    @CurrentActor() actor: StaffActor,
  ): Promise<void> {
    await this.media.remove(id, actor);
  }
}
