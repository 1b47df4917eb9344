import { Controller, Get, Header, Param } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblems } from '../../../openapi/api-problems.decorator.js';
import { EventDetailDto } from '../dto/event.dto.js';
import { EventPreviewService } from './event-preview.service.js';

/** The event page data of a draft, for the portal's preview behind a signed link. */
@ApiTags('events')
@Controller('v1/preview')
export class PreviewController {
  constructor(private readonly previews: EventPreviewService) {}

  @Get(':token')
  // Drafts must not end up in a cache or a search engine.
  @Header('Cache-Control', 'private, no-store')
  @Header('X-Robots-Tag', 'noindex, nofollow')
  @ApiOperation({
    operationId: 'getEventPreview',
    summary: 'One event in any status, as its page will show it, for a signed preview link',
  })
  @ApiOkResponse({ type: EventDetailDto })
  @ApiProblems(404, 410)
  get(@Param('token') token: string): Promise<EventDetailDto> {
    return this.previews.event(token);
  }
}
