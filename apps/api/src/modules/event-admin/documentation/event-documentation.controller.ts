import { Body, Controller, HttpCode, Param, Post, Put, Res } from '@nestjs/common';
import { ApiBody, ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { EventDocumentationDto, PublishDocumentationDto } from '@stadtgespraech/domain/events';
import type { FastifyReply } from 'fastify';
import { IfMatchVersion, withVersionTag } from '../../../common/if-match.js';
import { UuidPipe } from '../../../common/uuid.pipe.js';
import { ApiProblems } from '../../../openapi/api-problems.decorator.js';
import { StaffOnly } from '../../staff/staff-access.js';
import { CurrentActor, type StaffActor } from '../../staff/staff-actor.js';
import { StaffEventDto } from '../dto/staff-event.dto.js';
import { EVENT_EDITORS, EventIfMatch } from '../event-endpoint.js';
import { EventDocumentationService } from './event-documentation.service.js';

export class DocumentationPublishedDto {
  @ApiProperty({ type: () => StaffEventDto }) event: StaffEventDto;
  @ApiProperty({
    description: 'Follow-up mails queued now (0 when the registrants were told before)',
  })
  notified: number;
}

/** The documentation after an event: report, files, pictures, recording; publishing it. */
@ApiTags('staff events')
@Controller('v1/staff/events/:id/documentation')
export class EventDocumentationController {
  constructor(private readonly documentation: EventDocumentationService) {}

  @Put()
  @StaffOnly({ roles: EVENT_EDITORS })
  @EventIfMatch
  @ApiOperation({
    operationId: 'writeEventDocumentation',
    summary: 'Replaces the report, files, pictures and recording link (audited)',
    description:
      'Whether the documentation is public does not change. Public documentation cannot be emptied (422 DOCUMENTATION.EMPTY).',
  })
  @ApiBody({ type: EventDocumentationDto })
  @ApiOkResponse({ type: StaffEventDto })
  @ApiProblems(400, 403, 404, 412, 422, 428)
  async write(
    @Param('id', UuidPipe) id: string,
    @IfMatchVersion() version: number,
    @Body() input: EventDocumentationDto,
    @CurrentActor() actor: StaffActor,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StaffEventDto> {
    return withVersionTag(reply, await this.documentation.write(id, version, input, actor));
  }

  @Post('publish')
  @HttpCode(200)
  @StaffOnly({ roles: EVENT_EDITORS })
  @EventIfMatch
  @ApiOperation({
    operationId: 'publishEventDocumentation',
    summary: 'Puts the documentation on the portal and tells the confirmed registrants (audited)',
    description:
      'Only for a published event that is over, with content. The follow-up mail goes to every confirmed registrant once per event; `notify: false` publishes without it.',
  })
  @ApiBody({ type: PublishDocumentationDto })
  @ApiOkResponse({ type: DocumentationPublishedDto })
  @ApiProblems(400, 403, 404, 409, 412, 422, 428)
  async publish(
    @Param('id', UuidPipe) id: string,
    @IfMatchVersion() version: number,
    @Body() input: PublishDocumentationDto,
    @CurrentActor() actor: StaffActor,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<DocumentationPublishedDto> {
    const result = await this.documentation.publish(id, version, input.notify ?? true, actor);
    withVersionTag(reply, result.event);
    return result;
  }

  @Post('unpublish')
  @HttpCode(200)
  @StaffOnly({ roles: EVENT_EDITORS })
  @EventIfMatch
  @ApiOperation({
    operationId: 'unpublishEventDocumentation',
    summary: 'Takes the documentation off the portal; its content stays (audited)',
  })
  @ApiOkResponse({ type: StaffEventDto })
  @ApiProblems(400, 403, 404, 409, 412, 428)
  async unpublish(
    @Param('id', UuidPipe) id: string,
    @IfMatchVersion() version: number,
    @CurrentActor() actor: StaffActor,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StaffEventDto> {
    return withVersionTag(reply, await this.documentation.unpublish(id, version, actor));
  }
}
