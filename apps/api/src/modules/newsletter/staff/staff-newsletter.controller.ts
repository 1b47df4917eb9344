import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBody,
  ApiCreatedResponse,
  ApiHeader,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { ComposeNewsletterDto } from '@stadtgespraech/domain/communication';
import { StaffRole } from '@stadtgespraech/domain/staff';
import { UuidPipe } from '../../../common/uuid.pipe.js';
import { ApiProblems } from '../../../openapi/api-problems.decorator.js';
import {
  MailingPreviewDto,
  TestMailingDto,
} from '../../registration-admin/mailings/dto/mailing.dto.js';
import { StaffOnly } from '../../staff/staff-access.js';
import { CurrentActor, type StaffActor } from '../../staff/staff-actor.js';
import {
  NewsletterCandidatesDto,
  NewsletterIssueDto,
  NewsletterIssuesDto,
  SubscriberPageDto,
  SubscriberQueryDto,
} from './dto/staff-newsletter.dto.js';
import { StaffNewsletterService } from './staff-newsletter.service.js';

// The newsletter belongs to the network: administrators send it and manage subscriptions;
// read-only staff see subscriptions and issues (reports); organisers stay with their events.
const READERS = { roles: [StaffRole.Administrator, StaffRole.ReadOnly] };
const ADMINS = { roles: [StaffRole.Administrator] };

/** The newsletter of new dates for staff: subscriptions, and issues composed from events. */
@ApiTags('staff newsletter')
@Controller('v1/staff/newsletter')
export class StaffNewsletterController {
  constructor(private readonly newsletter: StaffNewsletterService) {}

  @Get('subscribers')
  @StaffOnly(READERS)
  @ApiOperation({
    operationId: 'listNewsletterSubscribers',
    summary: 'Subscriptions of one status, newest first, 50 a page, with the counts per status',
  })
  @ApiOkResponse({ type: SubscriberPageDto })
  @ApiProblems(400, 403)
  subscribers(@Query() query: SubscriberQueryDto): Promise<SubscriberPageDto> {
    return this.newsletter.subscribers(query);
  }

  @Delete('subscribers/:id')
  @HttpCode(204)
  @StaffOnly(ADMINS)
  @ApiOperation({
    operationId: 'deleteNewsletterSubscriber',
    summary: 'Ends a subscription on request, deleting the address (audited by hash)',
  })
  @ApiNoContentResponse()
  @ApiProblems(400, 403, 404)
  async removeSubscriber(@Param('id', UuidPipe) id: string, @CurrentActor() actor: StaffActor) {
    await this.newsletter.removeSubscriber(id, actor);
  }

  @Get('candidates')
  @StaffOnly(READERS)
  @ApiOperation({
    operationId: 'listNewsletterCandidates',
    summary: 'Published events of the next 90 days, with when an issue last presented each',
  })
  @ApiOkResponse({ type: NewsletterCandidatesDto })
  @ApiProblems(403)
  candidates(): Promise<NewsletterCandidatesDto> {
    return this.newsletter.candidates();
  }

  @Get('issues')
  @StaffOnly(READERS)
  @ApiOperation({ operationId: 'listNewsletterIssues', summary: 'Issues sent, newest first' })
  @ApiOkResponse({ type: NewsletterIssuesDto })
  @ApiProblems(403)
  issues(): Promise<NewsletterIssuesDto> {
    return this.newsletter.issues();
  }

  @Post('issues/preview')
  @HttpCode(200)
  @StaffOnly(ADMINS)
  @ApiOperation({
    operationId: 'previewNewsletterIssue',
    summary: 'How many an issue reaches and how it reads, as its first recipient gets it',
  })
  @ApiBody({ type: ComposeNewsletterDto })
  @ApiOkResponse({ type: MailingPreviewDto })
  @ApiProblems(400, 403, 422)
  preview(@Body() input: ComposeNewsletterDto): Promise<MailingPreviewDto> {
    return this.newsletter.preview(input);
  }

  @Post('issues/test')
  @HttpCode(202)
  @StaffOnly(ADMINS)
  @ApiOperation({
    operationId: 'testNewsletterIssue',
    summary: "Sends the issue (each language version) to the staff member's own address",
    description: 'With an unsubscribe link that ends no subscription.',
  })
  @ApiBody({ type: ComposeNewsletterDto })
  @ApiAcceptedResponse({ type: TestMailingDto })
  @ApiProblems(400, 403, 422)
  test(
    @Body() input: ComposeNewsletterDto,
    @CurrentActor() actor: StaffActor,
  ): Promise<TestMailingDto> {
    return this.newsletter.test(input, actor);
  }

  @Post('issues')
  @StaffOnly(ADMINS)
  @ApiOperation({
    operationId: 'sendNewsletterIssue',
    summary: 'Sends an issue to every confirmed subscriber it fits, through the outbox (audited)',
    description:
      'Each subscriber gets the chosen events that fit their series and topics, once; subscribers none fits get nothing. English where an English version is given and chosen.',
  })
  @ApiHeader({
    name: 'Idempotency-Key',
    required: false,
    description:
      'Send one per composed issue: a repeated request (a double click) sends nothing twice',
  })
  @ApiBody({ type: ComposeNewsletterDto })
  @ApiCreatedResponse({ type: NewsletterIssueDto })
  @ApiProblems(400, 403, 409, 422)
  send(
    @Body() input: ComposeNewsletterDto,
    @CurrentActor() actor: StaffActor,
  ): Promise<NewsletterIssueDto> {
    return this.newsletter.send(input, actor);
  }
}
